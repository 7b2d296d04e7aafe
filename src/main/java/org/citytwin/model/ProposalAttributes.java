package org.citytwin.model;

/**
 * Names of the attributes a placed proposal model carries, shared by the placer (pipeline), the scenario layer and
 * the flow simulator, so that none of them has to depend on another for a string.
 */
public final class ProposalAttributes {

    /** "true" on every object a scenario placed. */
    public static final String PROPOSAL = "citytwin:proposal";
    /** "true" on a proposal people walk on (a pedestrian deck): the flow simulator routes walkers over it. */
    public static final String WALKABLE = "citytwin:walkable";

    private ProposalAttributes() {
    }
}
