package org.citytwin.flow.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.citytwin.flow.FlowSample;
import org.citytwin.text.Texts;

/**
 * Walks agents over a {@link WalkableMesh}: a persistent random walk at about 1.3 m/s. Each step an agent turns a
 * little; where the next point has no walkable surface within a small step of its height (a wall, an edge, a void),
 * it turns away instead, so it stays on its floor, deck or street and never jumps between levels. Plain Java,
 * deterministic for a given seed; not thread-safe (one thread steps it: the CLI publisher or the in-app demo feed).
 */
public final class CrowdSimulator {
    /** Highest height change per step: a stair tread or kerb, never a floor-to-floor jump. */
    private static final double MAX_STEP = 0.35;
    /** Clearance checked around a start point, so nobody starts on a handrail top or a pillar cap. */
    private static final double START_CLEARANCE = 0.8;

    private final WalkableMesh surface;
    private final Random random;
    private final List<Agent> agents = new ArrayList<>();
    private final String idPrefix;

    /**
     * @param agents how many agents to place (uniform by walkable area, with room around them)
     * @throws IllegalArgumentException when the surface has no room for anybody
     */
    public CrowdSimulator(WalkableMesh surface, int agents, long seed, String idPrefix) {
        this.surface = surface;
        this.random = new Random(seed);
        this.idPrefix = idPrefix;
        if (surface.triangleCount() == 0) {
            throw new IllegalArgumentException(Texts.get("flowfeed.sim.noSurface"));
        }
        for (int i = 0; i < agents; i++) this.agents.add(place(i));
    }

    public int agentCount() {
        return agents.size();
    }

    /** Advances every agent by dt seconds. */
    public void step(double dtSeconds) {
        for (Agent a : agents) move(a, dtSeconds);
    }

    /** The agents' current positions as samples at the given time (speed in m/s, heading clockwise from north). */
    public List<FlowSample> samples(long timeMillis) {
        List<FlowSample> out = new ArrayList<>(agents.size());
        for (Agent a : agents) {
            double heading = (Math.toDegrees(Math.atan2(Math.cos(a.direction), Math.sin(a.direction))) + 360) % 360;
            out.add(new FlowSample(a.id, timeMillis, a.x, a.y, a.z, a.moving ? a.speed : 0, heading,
                    Map.of("level", surface.level(a.triangle))));
        }
        return out;
    }

    /**
     * Levels get agents by the square root of their area, so a small bridge deck next to a large mall still has
     * people on it; within a level, uniform by area.
     */
    private String pickLevel() {
        List<String> names = new ArrayList<>(surface.levels());
        double[] weight = names.stream().mapToDouble(l -> Math.sqrt(surface.area(l))).toArray();
        double pick = random.nextDouble() * java.util.Arrays.stream(weight).sum();
        for (int i = 0; i < names.size(); i++) {
            pick -= weight[i];
            if (pick <= 0) return names.get(i);
        }
        return names.get(names.size() - 1);
    }

    private Agent place(int index) {
        String level = pickLevel();
        for (int attempt = 0; attempt < 5000; attempt++) {
            double[] p = surface.randomPoint(random);
            if (attempt < 4999 && (!surface.level((int) p[3]).equals(level) || !roomAround(p))) continue;
            Agent a = new Agent(idPrefix + (index + 1));
            a.x = p[0];
            a.y = p[1];
            a.z = p[2];
            a.triangle = (int) p[3];
            a.speed = Math.max(0.8, Math.min(1.8, 1.3 + 0.2 * random.nextGaussian()));
            a.direction = random.nextDouble() * 2 * Math.PI;
            return a;
        }
        throw new IllegalStateException("unreachable");
    }

    private boolean roomAround(double[] p) {
        for (int k = 0; k < 8; k++) {
            double angle = k * Math.PI / 4;
            double x = p[0] + START_CLEARANCE * Math.cos(angle), y = p[1] + START_CLEARANCE * Math.sin(angle);
            if (surface.find(x, y, p[2], MAX_STEP) < 0) return false;
        }
        return true;
    }

    private void move(Agent a, double dt) {
        a.direction += 0.25 * random.nextGaussian() * Math.sqrt(dt);
        double distance = a.speed * dt;
        for (int attempt = 0; attempt < 12; attempt++) {
            // look a little further ahead than one step, so agents turn before they touch a wall
            double lookX = a.x + Math.cos(a.direction) * Math.max(distance, 0.5);
            double lookY = a.y + Math.sin(a.direction) * Math.max(distance, 0.5);
            double nx = a.x + Math.cos(a.direction) * distance, ny = a.y + Math.sin(a.direction) * distance;
            int ahead = surface.find(lookX, lookY, a.z, MAX_STEP);
            int t = ahead < 0 ? -1 : surface.find(nx, ny, a.z, MAX_STEP);
            if (t >= 0) {
                a.x = nx;
                a.y = ny;
                a.z = surface.heightIn(t, nx, ny);
                a.triangle = t;
                a.moving = true;
                return;
            }
            a.direction = attempt < 4 ? a.direction + Math.PI / 2 + random.nextDouble() * Math.PI
                    : random.nextDouble() * 2 * Math.PI;
        }
        a.moving = false;
    }

    private static final class Agent {
        final String id;
        double x;
        double y;
        double z;
        int triangle;
        double speed;
        double direction; // radians counter-clockwise from east
        boolean moving;

        Agent(String id) {
            this.id = id;
        }
    }
}
