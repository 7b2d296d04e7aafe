package org.citytwin.pipeline.tile;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Packs rectangles into one image of at most {@code maxSize} × {@code maxSize} pixels with shelf packing
 * (tallest first, left to right, a new shelf when a row is full). When they do not fit, every rectangle
 * that is larger than a solid-colour patch is scaled down by the same factor until they do.
 * One-call entry: {@link #pack(int[], int[], int, int)}.
 */
public final class ShelfPacker {

    /** Rectangles up to this size (colour patches) are never scaled. */
    static final int FIXED_SIZE = 8;

    /**
     * Where each rectangle goes; {@code width[i]} and {@code height[i]} are the (possibly scaled) sizes
     * without padding, {@code x[i]}, {@code y[i]} the top-left corner inside the padding.
     */
    public record Packing(int atlasWidth, int atlasHeight, double scale, int[] x, int[] y, int[] width, int[] height) {
    }

    private ShelfPacker() {
    }

    /**
     * @param widths  rectangle widths (px), at least 1
     * @param heights rectangle heights (px), at least 1
     * @param maxSize the largest atlas side
     * @param padding free pixels around each rectangle (filled with its edge to avoid bleeding)
     */
    public static Packing pack(int[] widths, int[] heights, int maxSize, int padding) {
        int n = widths.length;
        double area = 0;
        for (int i = 0; i < n; i++) area += (double) (widths[i] + 2 * padding) * (heights[i] + 2 * padding);
        double scale = Math.min(1.0, Math.sqrt(0.9 * maxSize * (double) maxSize / Math.max(1, area)));
        for (int attempt = 0; attempt < 60; attempt++, scale *= 0.93) {
            Packing p = tryPack(widths, heights, maxSize, padding, scale);
            if (p != null) return p;
        }
        throw new IllegalArgumentException(n + " rectangles do not fit a " + maxSize + " px atlas even scaled down");
    }

    private static Packing tryPack(int[] widths, int[] heights, int maxSize, int padding, double scale) {
        int n = widths.length;
        int[] w = new int[n], h = new int[n];
        long area = 0;
        int widest = 0;
        for (int i = 0; i < n; i++) {
            boolean fixed = widths[i] <= FIXED_SIZE && heights[i] <= FIXED_SIZE;
            w[i] = fixed ? widths[i] : Math.max(1, (int) Math.floor(widths[i] * scale));
            h[i] = fixed ? heights[i] : Math.max(1, (int) Math.floor(heights[i] * scale));
            area += (long) (w[i] + 2 * padding) * (h[i] + 2 * padding);
            widest = Math.max(widest, w[i] + 2 * padding);
        }
        if (widest > maxSize) return null;
        // a roughly square atlas: as wide as the square root of the area, never narrower than the widest piece
        int shelfWidth = Math.min(maxSize, Math.max(widest, (int) Math.ceil(Math.sqrt(area * 1.15))));
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -h[i]).thenComparingInt(i -> i));
        int[] x = new int[n], y = new int[n];
        int cx = 0, cy = 0, shelfHeight = 0, usedWidth = 0;
        for (int i : order) {
            int pw = w[i] + 2 * padding, ph = h[i] + 2 * padding;
            if (cx + pw > shelfWidth) {
                cy += shelfHeight;
                cx = 0;
                shelfHeight = 0;
            }
            x[i] = cx + padding;
            y[i] = cy + padding;
            cx += pw;
            usedWidth = Math.max(usedWidth, cx);
            shelfHeight = Math.max(shelfHeight, ph);
        }
        int height = cy + shelfHeight;
        if (height > maxSize) return null;
        return new Packing(Math.max(1, usedWidth), Math.max(1, height), scale, x, y, w, h);
    }
}
