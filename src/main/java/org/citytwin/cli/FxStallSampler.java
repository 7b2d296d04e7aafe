package org.citytwin.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples the JavaFX thread's stack every few milliseconds while a bench runs, so the pulse gaps over 50 ms can be
 * blamed on what the FX thread was doing in them: our code (named by its first org.citytwin frame), JavaFX's own
 * scene sync and layout, or waiting for the renderer to finish the previous frame. A sample is a guess at where the
 * time went, not a measure of it: 2 ms apart, each counts as 2 ms.
 */
final class FxStallSampler extends Thread {
    static final long PERIOD_MS = 2;
    private final Thread fx;
    private final List<long[]> times = new ArrayList<>(); // {nanos}
    private final List<String> keys = new ArrayList<>();
    private final List<String> renderKeys = new ArrayList<>();

    FxStallSampler(Thread fx) {
        super("citytwin-bench-fx-sampler");
        this.fx = fx;
        setDaemon(true);
    }

    /** Prism's render thread (QuantumRenderer), or null. */
    private static Thread renderer() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst()
                .orElse(null);
    }

    /** What the render thread was doing: the first Prism or Quantum frame that says which job. */
    static String renderKey(StackTraceElement[] stack) {
        if (stack.length == 0) return "(no stack)";
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.contains("BaseMesh") || c.contains("MeshView") || c.contains("NGTriangleMesh") || c.contains("ES2Mesh"))
                return "mesh: " + short_(e);
        }
        for (StackTraceElement e : stack) {
            if (e.getMethodName().equals("take") || e.getMethodName().equals("park")) return "idle";
            String c = e.getClassName();
            if (c.startsWith("com.sun.prism.") || c.startsWith("com.sun.javafx.sg.")) return short_(e);
        }
        return short_(stack[0]);
    }

    @Override
    public void run() {
        Thread render = renderer();
        try {
            while (!isInterrupted()) {
                StackTraceElement[] stack = fx.getStackTrace();
                StackTraceElement[] rstack = render == null ? new StackTraceElement[0] : render.getStackTrace();
                long now = System.nanoTime();
                synchronized (this) {
                    times.add(new long[] {now});
                    keys.add(key(stack));
                    renderKeys.add(renderKey(rstack));
                }
                Thread.sleep(PERIOD_MS);
            }
        } catch (InterruptedException stop) {
            // sampled until the load was done
        }
    }

    /** What one stack says the FX thread was doing. */
    static String key(StackTraceElement[] stack) {
        if (stack.length == 0) return "(no stack)";
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("org.citytwin.") && !c.startsWith("org.citytwin.cli.")) return short_(e);
        }
        for (StackTraceElement e : stack) {
            String m = e.getMethodName();
            if (m.contains("waitForRenderingToComplete") || m.contains("waitFor") && e.getClassName().contains("Quantum"))
                return "JavaFX: waiting for the renderer (previous frame)";
        }
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("javafx.") || c.startsWith("com.sun.javafx.") || c.startsWith("com.sun.prism.")) {
                if (e.getMethodName().equals("_runLoop") || e.getMethodName().equals("runLoop")) return "idle (event loop)";
                return "JavaFX: " + short_(e);
            }
        }
        return short_(stack[0]);
    }

    private static String short_(StackTraceElement e) {
        String c = e.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
    }

    /** Whether a sample shows the FX thread doing work of its own (not idle, not waiting for the renderer). */
    static boolean busy(String key) {
        return !key.startsWith("idle") && !key.startsWith("JavaFX: waiting for the renderer") && !key.endsWith("._runLoop");
    }

    /** The longest run of consecutive busy samples: {milliseconds, key seen most in it}; the FX thread's longest own stretch. */
    synchronized Map.Entry<Double, String> longestBusy() {
        double best = 0;
        String bestKey = "";
        int start = -1;
        for (int i = 0; i <= times.size(); i++) {
            boolean b = i < times.size() && busy(keys.get(i));
            if (b && start < 0) start = i;
            if (!b && start >= 0) {
                double ms = (times.get(i - 1)[0] - times.get(start)[0]) / 1e6 + PERIOD_MS;
                if (ms > best) {
                    best = ms;
                    Map<String, Integer> n = new HashMap<>();
                    for (int j = start; j < i; j++) n.merge(keys.get(j), 1, Integer::sum);
                    bestKey = n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
                }
                start = -1;
            }
        }
        return Map.entry(best, bestKey);
    }

    /** Milliseconds of samples per key that fell inside the given gaps ({start, end} nanos), most first. */
    synchronized List<Map.Entry<String, Double>> blame(List<long[]> gaps, int top) {
        return blame(gaps, top, keys);
    }

    /** As {@link #blame(List, int)} for the render thread. */
    synchronized List<Map.Entry<String, Double>> renderBlame(List<long[]> gaps, int top) {
        return blame(gaps, top, renderKeys);
    }

    private List<Map.Entry<String, Double>> blame(List<long[]> gaps, int top, List<String> keys) {
        Map<String, Double> ms = new HashMap<>();
        int g = 0;
        for (int i = 0; i < times.size(); i++) {
            long t = times.get(i)[0];
            while (g < gaps.size() && gaps.get(g)[1] < t) g++;
            if (g == gaps.size()) break;
            if (t >= gaps.get(g)[0]) ms.merge(keys.get(i), (double) PERIOD_MS, Double::sum);
        }
        return ms.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top).toList();
    }
}
