package org.citytwin.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap figures of one bench load. Heap in use only grows between collections, so its peak is the largest total
 * just before a collection (or at the end); the most that stayed live is the largest total just after one. Both come
 * from the collectors' notifications, over all heap pools at the same instant. The pools' own peaks summed, the older
 * figure, adds peaks of different moments (a full young generation beside a later, fuller old one) and so overstates.
 */
final class HeapWatch implements NotificationListener {

    /** @param sumOfPoolPeaks each heap pool's peak, summed (bytes) */
    record Figures(long peakInUse, long peakLive, long retained, long sumOfPoolPeaks) {
    }

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final AtomicLong peakInUse = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();

    /** Collects garbage, resets the pools' peaks and starts listening. */
    static HeapWatch start() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch, null, null);
                watch.emitters.add(emitter);
            }
        }
        return watch;
    }

    /**
     * Call while the load's result is still referenced: collects garbage so what remains is what the result keeps,
     * then stops listening.
     */
    Figures stop() {
        long peakPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        peakInUse.accumulateAndGet(heapUsed(), Math::max);
        int seen = collections.get();
        System.gc();
        long retained = heapUsed();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (collections.get() == seen && System.nanoTime() < deadline) Thread.onSpinWait(); // its notification
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException e) {
                // already gone
            }
        }
        long live = Math.max(peakLive.get(), retained);
        return new Figures(Math.max(peakInUse.get(), live), live, retained, peakPools);
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        peakInUse.accumulateAndGet(sum(info.getMemoryUsageBeforeGc()), Math::max);
        peakLive.accumulateAndGet(sum(info.getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
    }

    private long sum(Map<String, MemoryUsage> usage) {
        long total = 0;
        for (var e : usage.entrySet()) if (heapPools.contains(e.getKey())) total += e.getValue().getUsed();
        return total;
    }

    /** Over the heap pools, as the notifications count (the memory bean's total is estimated differently). */
    private static long heapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
