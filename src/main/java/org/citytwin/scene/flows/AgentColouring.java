package org.citytwin.scene.flows;

/** What an agent's colour tells: its speed, which file or feed it came from, or which floor it is on. */
public enum AgentColouring {
    SPEED("Speed"), SOURCE("Source"), LEVEL("Level");

    private final String label;

    AgentColouring(String label) {
        this.label = label;
    }

    @Override
    public String toString() { return label; }
}
