package org.citytwin.scene.flows;

/** What an agent's colour tells: its speed, which file or feed it came from, or which floor it is on. */
public enum AgentColouring {
    SPEED, SOURCE, LEVEL;

    /** The menu label, in the current language. */
    @Override
    public String toString() {
        return org.citytwin.text.Texts.get("flowsui.colour." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
