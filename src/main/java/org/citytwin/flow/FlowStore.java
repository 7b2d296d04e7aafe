package org.citytwin.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.Envelope;

/**
 * Every sample of every agent, from recordings and live feeds, kept per agent sorted by time so late and
 * out-of-order samples land at their own time. {@link #frameAt} gives every agent's position at an instant
 * (linear between samples, held for "Step"/"Discrete" tracks) without allocating; an agent is absent before
 * its first sample and after its last (plus {@link #setHoldMillis hold}). Thread-safe: feeds ingest from
 * their threads while the scene reads.
 */
public final class FlowStore implements FlowSink {

    /** Sample attribute naming the file or feed a sample came from; agents are grouped (and coloured) by it. */
    public static final String GROUP_ATTRIBUTE = "source";
    /** Sample attribute: "Step" or "Discrete" makes the agent jump between samples instead of gliding. */
    public static final String INTERPOLATION_ATTRIBUTE = "interpolation";

    private final Object lock = new Object();
    private final Map<String, Track> byId = new HashMap<>();
    private final List<Track> tracks = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final List<String> groups = new ArrayList<>();
    private final List<FlowObservation> observations = new ArrayList<>();
    private Envelope bounds = new Envelope();
    private long startMillis = Long.MAX_VALUE;
    private long endMillis = Long.MIN_VALUE;
    private long sampleCount;
    private long holdMillis;
    private volatile long revision;
    /**
     * Per agent, in one dense array: the piece of track the last frame used (see {@link Track#segment}) and the
     * agent's time span. Playback scans this array front to back and only goes to a track when the time left
     * its cached piece, which keeps 10,000 agents within a few cache-friendly passes.
     */
    private double[] seg = new double[0];
    private int[] groupOf = new int[0];
    private static final int SEG = 12;
    private static final int SPAN_START = 10;
    private static final int SPAN_END = 11;

    @Override
    public void accept(FlowSample s) {
        synchronized (lock) {
            ingest(s);
            revision++;
        }
    }

    /** Many samples under one lock (readers deliver a file's worth at a time). */
    public void acceptAll(Iterable<FlowSample> samples) {
        synchronized (lock) {
            for (FlowSample s : samples) ingest(s);
            revision++;
        }
    }

    @Override
    public void accept(FlowObservation observation) {
        synchronized (lock) {
            observations.add(observation);
            revision++;
        }
    }

    private void ingest(FlowSample s) {
        if (!Double.isFinite(s.x()) || !Double.isFinite(s.y())) return;
        Track track = byId.get(s.sourceId());
        if (track == null) {
            String interpolation = s.attributes().get(INTERPOLATION_ATTRIBUTE);
            boolean step = "Step".equalsIgnoreCase(interpolation) || "Discrete".equalsIgnoreCase(interpolation);
            track = new Track(tracks.size(), group(s.attributes().get(GROUP_ATTRIBUTE)), step);
            byId.put(s.sourceId(), track);
            tracks.add(track);
            ids.add(s.sourceId());
            if (seg.length < tracks.size() * SEG) {
                int capacity = Math.max(16, tracks.size() * 2);
                seg = Arrays.copyOf(seg, capacity * SEG);
                groupOf = Arrays.copyOf(groupOf, capacity);
            }
            groupOf[track.index] = track.group;
        }
        double z = Double.isFinite(s.z()) ? s.z() : 0;
        boolean appended = track.n == 0 || s.timeMillis() > track.end();
        if (track.add(s.timeMillis(), s.x(), s.y(), z, s.speed(), s.heading())) sampleCount++;
        int base = track.index * SEG;
        if (appended) {
            // live feeds append: cache the new last piece while the track is hot, so frameAt need not come back
            track.segment(s.timeMillis(), seg, base);
        } else {
            seg[base] = Double.NaN; // a late sample: the cached piece may have changed
        }
        seg[base + SPAN_START] = track.start();
        seg[base + SPAN_END] = track.end();
        bounds.include(s.x(), s.y(), z);
        startMillis = Math.min(startMillis, s.timeMillis());
        endMillis = Math.max(endMillis, s.timeMillis());
    }

    private int group(String name) {
        String key = name == null ? "" : name;
        return groupIndex.computeIfAbsent(key, k -> {
            groups.add(k);
            return groups.size() - 1;
        });
    }

    /**
     * Every agent's position at {@code timeMillis} into {@code reuse} (which is returned). Allocates only when
     * the number of agents outgrows the frame's arrays.
     */
    public AgentFrame frameAt(long timeMillis, AgentFrame reuse) {
        synchronized (lock) {
            int m = tracks.size();
            reuse.begin(timeMillis, m);
            double t = timeMillis;
            double[] c = seg;
            for (int k = 0, base = 0; k < m; k++, base += SEG) {
                if (t < c[base + SPAN_START] || t > c[base + SPAN_END] + holdMillis) continue;
                if (!(t >= c[base] && t < c[base + 1])) tracks.get(k).segment(timeMillis, c, base);
                double dt = t - c[base];
                reuse.add(c[base + 2] + c[base + 5] * dt, c[base + 3] + c[base + 6] * dt, c[base + 4] + c[base + 7] * dt,
                        c[base + 8], c[base + 9], k, groupOf[k]);
            }
            return reuse;
        }
    }

    /**
     * Each agent's path over [{@code timeMillis - windowMillis}, {@code timeMillis}]: the interpolated position
     * at both ends of the window (clipped to the agent's span) and every sample in between.
     */
    public TrailFrame trailsAt(long timeMillis, long windowMillis, TrailFrame reuse) {
        return trailsAt(timeMillis, windowMillis, 0, reuse);
    }

    /**
     * As {@link #trailsAt(long, long, TrailFrame)}, keeping between the two ends only samples at least
     * {@code minStepMillis} apart: long windows over many agents stay cheap to compute and to draw.
     */
    public TrailFrame trailsAt(long timeMillis, long windowMillis, long minStepMillis, TrailFrame reuse) {
        long from = timeMillis - Math.max(0, windowMillis);
        synchronized (lock) {
            reuse.begin(tracks.size());
            for (Track tr : tracks) {
                if (tr.end() < from || tr.start() > timeMillis) continue;
                long a = Math.max(from, tr.start());
                long b = Math.min(timeMillis, tr.end());
                int i = tr.segmentAt(a);
                reuse.point(tr.xAt(i, a), tr.yAt(i, a), tr.zAt(i, a), a);
                for (int j = i + 1; j < tr.n && tr.t[j] < b; ) {
                    reuse.point(tr.x(j), tr.y(j), tr.z(j), tr.t[j]);
                    if (minStepMillis <= 0) {
                        j++;
                    } else {
                        int next = Arrays.binarySearch(tr.t, j + 1, tr.n, tr.t[j] + minStepMillis);
                        j = next >= 0 ? next : -next - 1;
                    }
                }
                if (b > a) {
                    int e = tr.segmentAt(b);
                    reuse.point(tr.xAt(e, b), tr.yAt(e, b), tr.zAt(e, b), b);
                }
                reuse.endTrail(tr.index);
            }
            return reuse;
        }
    }

    /**
     * How long an agent stays at its last position after its last sample. 0 (the default) suits recordings;
     * live feeds that report every few seconds set a few seconds so agents do not blink.
     */
    public void setHoldMillis(long holdMillis) {
        synchronized (lock) {
            this.holdMillis = Math.max(0, holdMillis);
        }
    }

    /**
     * Forgets samples older than {@code timeMillis} (live feeds run for hours), keeping for each agent the last
     * sample at or before it so frames from {@code timeMillis} on are unchanged. Agents keep their index.
     *
     * @return the number of samples dropped
     */
    public long trimBefore(long timeMillis) {
        synchronized (lock) {
            long dropped = 0;
            for (Track tr : tracks) {
                int d = tr.trimBefore(timeMillis);
                if (d == 0) continue;
                dropped += d;
                int base = tr.index * SEG;
                seg[base] = Double.NaN;
                seg[base + SPAN_START] = tr.start();
                seg[base + SPAN_END] = tr.end();
            }
            sampleCount -= dropped;
            if (dropped > 0) {
                startMillis = Long.MAX_VALUE;
                for (Track tr : tracks) startMillis = Math.min(startMillis, tr.start());
                revision++;
            }
            return dropped;
        }
    }

    /**
     * Earliest and latest sample of the agents whose group ({@value #GROUP_ATTRIBUTE}) passes {@code groups}, as
     * {start, end} epoch ms; null when none has a sample. Layers on different clocks (a lab recording timed from
     * frame 0, a dated survey) are told apart by group.
     */
    public long[] span(java.util.function.Predicate<String> groups) {
        synchronized (lock) {
            long start = Long.MAX_VALUE, end = Long.MIN_VALUE;
            for (Track tr : tracks) {
                if (tr.n == 0 || !groups.test(this.groups.get(tr.group))) continue;
                start = Math.min(start, tr.start());
                end = Math.max(end, tr.end());
            }
            return start <= end ? new long[] {start, end} : null;
        }
    }

    /**
     * Moves every sample of group {@code name} by {@code deltaMillis}: a layer timed from frame 0 is anchored to
     * an instant of the dated data. Positions are unchanged; the store's span follows.
     */
    public void shiftGroup(String name, long deltaMillis) {
        synchronized (lock) {
            Integer g = groupIndex.get(name == null ? "" : name);
            if (g == null || deltaMillis == 0) return;
            for (Track tr : tracks) {
                if (tr.group != g) continue;
                for (int i = 0; i < tr.n; i++) tr.t[i] += deltaMillis;
                int base = tr.index * SEG;
                seg[base] = Double.NaN; // the cached piece has the old times
                seg[base + SPAN_START] = tr.start();
                seg[base + SPAN_END] = tr.end();
            }
            startMillis = Long.MAX_VALUE;
            endMillis = Long.MIN_VALUE;
            for (Track tr : tracks) {
                if (tr.n == 0) continue;
                startMillis = Math.min(startMillis, tr.start());
                endMillis = Math.max(endMillis, tr.end());
            }
            revision++;
        }
    }

    /** Number of distinct agents (source ids) ever seen. */
    public int agentCount() {
        synchronized (lock) {
            return tracks.size();
        }
    }

    /** Number of stored samples (a repeated instant of one agent counts once). */
    public long sampleCount() {
        synchronized (lock) {
            return sampleCount;
        }
    }

    /** The id of agent {@code index} ({@link AgentFrame#agent()}). */
    public String sourceId(int index) {
        synchronized (lock) {
            return ids.get(index);
        }
    }

    /** Agent index of an id, -1 when unknown. */
    public int indexOf(String sourceId) {
        synchronized (lock) {
            Track t = byId.get(sourceId);
            return t == null ? -1 : t.index;
        }
    }

    /** Name of group {@code index} ({@link AgentFrame#group()}): the {@value #GROUP_ATTRIBUTE} attribute, "" when none. */
    public String groupName(int index) {
        synchronized (lock) {
            return groups.get(index);
        }
    }

    public int groupCount() {
        synchronized (lock) {
            return groups.size();
        }
    }

    public boolean isEmpty() {
        synchronized (lock) {
            return sampleCount == 0;
        }
    }

    /** Earliest sample time (epoch ms); meaningless when {@link #isEmpty()}. */
    public long startMillis() {
        synchronized (lock) {
            return startMillis;
        }
    }

    /** Latest sample time (epoch ms); meaningless when {@link #isEmpty()}. */
    public long endMillis() {
        synchronized (lock) {
            return endMillis;
        }
    }

    /** A copy of the box holding every sample (local frame). */
    public Envelope bounds() {
        synchronized (lock) {
            Envelope copy = new Envelope();
            copy.include(bounds);
            return copy;
        }
    }

    /** A copy of the observations received so far, in arrival order. */
    public List<FlowObservation> observations() {
        synchronized (lock) {
            return List.copyOf(observations);
        }
    }

    /** Grows with every accepted sample or observation: views redraw when it changed. */
    public long revision() {
        return revision;
    }

    /** Forgets everything (a new recording replaces the old one). */
    public void clear() {
        synchronized (lock) {
            byId.clear();
            tracks.clear();
            ids.clear();
            groupIndex.clear();
            groups.clear();
            observations.clear();
            bounds = new Envelope();
            seg = new double[0];
            groupOf = new int[0];
            startMillis = Long.MAX_VALUE;
            endMillis = Long.MIN_VALUE;
            sampleCount = 0;
            revision++;
        }
    }
}
