package org.citytwin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.citytwin.flow.AgentFrame;
import org.citytwin.flow.CountingGate;
import org.citytwin.flow.DensityGrid;
import org.citytwin.flow.FlowLevels;
import org.citytwin.flow.FlowSample;
import org.citytwin.flow.FlowStore;
import org.citytwin.flow.TrailFrame;

/**
 * `bench --flows`: the flow engine under load, in CPU time of the calling thread.
 * <ol>
 * <li>live: N agents each report a new position R times a second; per update: ingest N samples, compute the
 * frame, rebuild the level-aware density grid, update a counting gate;</li>
 * <li>replay: a recording holding S samples per second of playback, played at x1 and 30 frames a second; per
 * frame: frameAt, density, gate, and (separately) trails over a 10 s window with a point every 0.5 s.</li>
 * </ol>
 * Agents walk at 1.3 m/s on three levels (concourse -15 m, street 0 m, bridge 6 m) of a 400 m square.
 */
final class FlowBench {
    private static final double AREA = 400;
    private static final FlowLevels LEVELS = new FlowLevels(new double[] {-15, 0, 6},
            List.of("concourse", "street", "bridge"), 0.5);
    private static final long T0 = 1_700_000_000_000L;

    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    static int run(int agents, double rate, int updates, int replaySamplesPerSecond, boolean json, PrintStream out)
            throws Exception {
        FlowBench bench = new FlowBench();
        long[][] live = bench.live(agents, rate, updates);
        Replay replay = bench.replay(replaySamplesPerSecond);
        ObjectNode root = new ObjectMapper().createObjectNode();
        ObjectNode l = root.putObject("live");
        l.put("agents", agents);
        l.put("updatesPerSecond", rate);
        l.put("updates", updates);
        l.put("cpuMsPerUpdateMedian", ms(percentile(live[0], 50)));
        l.put("cpuMsPerUpdateP95", ms(percentile(live[0], 95)));
        l.put("cpuMsPerUpdateBest", ms(percentile(live[0], 0)));
        l.put("targetMs", 4.0);
        ObjectNode phases = l.putObject("phasesCpuMsMedian");
        phases.put("ingest", ms(percentile(live[1], 50)));
        phases.put("frameAt", ms(percentile(live[2], 50)));
        phases.put("density", ms(percentile(live[3], 50)));
        phases.put("gateNotInTarget", ms(percentile(live[4], 50)));
        ObjectNode r = root.putObject("replay");
        r.put("samplesPerSecondOfPlayback", replaySamplesPerSecond);
        r.put("agents", replay.agents);
        r.put("storedSamples", replay.stored);
        r.put("frames", replay.frame.length);
        r.put("cpuMsPerFrameMedian", ms(percentile(replay.frame, 50)));
        r.put("cpuMsPerFrameP95", ms(percentile(replay.frame, 95)));
        r.put("cpuMsPerFrameBest", ms(percentile(replay.frame, 0)));
        r.put("trailsCpuMsPerFrameMedian", ms(percentile(replay.trails, 50)));
        r.put("trailPointsPerFrame", replay.trailPoints);
        r.put("frameBudgetMs", 1000.0 / 30);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            out.printf("live: %d agents x %.0f updates/s: %.2f ms CPU per update (median), %.2f ms (p95), %.2f ms (best);"
                            + " target 4 ms%n", agents, rate, l.get("cpuMsPerUpdateMedian").asDouble(),
                    l.get("cpuMsPerUpdateP95").asDouble(), l.get("cpuMsPerUpdateBest").asDouble());
            out.printf("  ingest %d samples %.2f ms, frameAt %.2f ms, level-aware density %.2f ms (+ counting gate %.2f ms)%n",
                    agents, phases.get("ingest").asDouble(), phases.get("frameAt").asDouble(),
                    phases.get("density").asDouble(), phases.get("gateNotInTarget").asDouble());
            out.printf("replay: %d samples per second of playback (%d agents, %d stored): %.2f ms CPU per frame"
                            + " (median), %.2f ms (p95); budget %.1f ms at 30 fps%n", replaySamplesPerSecond,
                    replay.agents, replay.stored, r.get("cpuMsPerFrameMedian").asDouble(),
                    r.get("cpuMsPerFrameP95").asDouble(), 1000.0 / 30);
            out.printf("  trails over 10 s, a point per 0.5 s: %.2f ms CPU per frame, %d points%n",
                    r.get("trailsCpuMsPerFrameMedian").asDouble(), replay.trailPoints);
        }
        return 0;
    }

    /**
     * CPU ns of each update after a warm-up of a quarter of them: [0] ingest + frameAt + density (the 4 ms target),
     * [1] ingest, [2] frameAt, [3] density, [4] the counting gate. Samples arrive as a feed's buffer drained once
     * per update.
     */
    private long[][] live(int agents, double rate, int updates) {
        FlowStore store = new FlowStore();
        store.setHoldMillis(Math.round(2000 / rate));
        Walkers w = new Walkers(agents, 42);
        DensityGrid grid = new DensityGrid(0, 0, 2, (int) (AREA / 2), (int) (AREA / 2), LEVELS);
        CountingGate gate = new CountingGate("bench", AREA / 2, 0, AREA / 2, AREA);
        AgentFrame frame = new AgentFrame();
        long step = Math.round(1000 / rate);
        int warmup = updates / 4;
        long[][] cost = new long[5][updates];
        List<FlowSample> buffer = new ArrayList<>(agents);
        for (int u = 0; u < warmup + updates; u++) {
            long t = T0 + u * step;
            w.step(step / 1000.0);
            buffer.clear();
            for (int i = 0; i < agents; i++) buffer.add(w.sample(i, t));
            long c0 = cpu.getCurrentThreadCpuTime();
            store.acceptAll(buffer);
            long c1 = cpu.getCurrentThreadCpuTime();
            store.frameAt(t, frame);
            long c2 = cpu.getCurrentThreadCpuTime();
            grid.clear();
            grid.addFrame(frame);
            long c3 = cpu.getCurrentThreadCpuTime();
            gate.update(frame);
            long c4 = cpu.getCurrentThreadCpuTime();
            if (u >= warmup) {
                int k = u - warmup;
                cost[0][k] = c3 - c0;
                cost[1][k] = c1 - c0;
                cost[2][k] = c2 - c1;
                cost[3][k] = c3 - c2;
                cost[4][k] = c4 - c3;
            }
        }
        return cost;
    }

    private record Replay(int agents, long stored, long[] frame, long[] trails, int trailPoints) {
    }

    /** A recording of 60 s in which agents report at 10 Hz, enough of them for the wanted samples per second. */
    private Replay replay(int samplesPerSecond) {
        int hz = 10;
        int agents = Math.max(1, samplesPerSecond / hz);
        int seconds = 60;
        FlowStore store = new FlowStore();
        Walkers w = new Walkers(agents, 7);
        for (int s = 0; s < seconds * hz; s++) {
            long t = T0 + s * (1000L / hz);
            w.step(1.0 / hz);
            for (int i = 0; i < agents; i++) store.accept(w.sample(i, t));
        }
        DensityGrid grid = new DensityGrid(0, 0, 2, (int) (AREA / 2), (int) (AREA / 2), LEVELS);
        CountingGate gate = new CountingGate("bench", AREA / 2, 0, AREA / 2, AREA);
        AgentFrame frame = new AgentFrame();
        TrailFrame trails = new TrailFrame();
        int frames = 30 * (seconds - 15); // from 10 s on, so trails have a full window
        long[] frameCost = new long[frames];
        long[] trailCost = new long[frames];
        int points = 0;
        for (int f = -30; f < frames; f++) { // one second of warm-up
            long t = T0 + 10_000 + Math.round((f + 30) * 1000 / 30.0);
            long c0 = cpu.getCurrentThreadCpuTime();
            store.frameAt(t, frame);
            grid.clear();
            grid.addFrame(frame);
            gate.update(frame);
            long c1 = cpu.getCurrentThreadCpuTime();
            store.trailsAt(t, 10_000, 500, trails);
            long c2 = cpu.getCurrentThreadCpuTime();
            if (f >= 0) {
                frameCost[f] = c1 - c0;
                trailCost[f] = c2 - c1;
                points = trails.pointCount();
            }
        }
        return new Replay(agents, store.sampleCount(), frameCost, trailCost, points);
    }

    /** Agents walking straight at 1.3 m/s, turning at the edges, each on one of the three levels. */
    private static final class Walkers {
        final double[] x;
        final double[] y;
        final double[] z;
        final double[] dx;
        final double[] dy;
        final String[] ids;

        Walkers(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            x = new double[n];
            y = new double[n];
            z = new double[n];
            dx = new double[n];
            dy = new double[n];
            ids = new String[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextDouble(AREA);
                y[i] = r.nextDouble(AREA);
                z[i] = LEVELS.elevation(r.nextInt(3));
                double a = r.nextDouble(2 * Math.PI);
                dx[i] = 1.3 * Math.cos(a);
                dy[i] = 1.3 * Math.sin(a);
                ids[i] = "agent-" + i;
            }
        }

        void step(double seconds) {
            for (int i = 0; i < x.length; i++) {
                x[i] += dx[i] * seconds;
                y[i] += dy[i] * seconds;
                if (x[i] < 0 || x[i] > AREA) dx[i] = -dx[i];
                if (y[i] < 0 || y[i] > AREA) dy[i] = -dy[i];
            }
        }

        FlowSample sample(int i, long t) {
            return new FlowSample(ids[i], t, x[i], y[i], z[i]);
        }
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
