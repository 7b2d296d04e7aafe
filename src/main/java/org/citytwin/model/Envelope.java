package org.citytwin.model;

/** Mutable axis-aligned 3D box in the local metric frame (x east, y north, z up). Empty until a point is added. */
public final class Envelope {
    private double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY, minZ = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY, maxZ = Double.NEGATIVE_INFINITY;

    public static Envelope of(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {
        Envelope e = new Envelope();
        e.include(minX, minY, minZ);
        e.include(maxX, maxY, maxZ);
        return e;
    }

    public void include(double x, double y, double z) {
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (z < minZ) minZ = z;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
        if (z > maxZ) maxZ = z;
    }

    public void include(Envelope other) {
        if (!other.isEmpty()) {
            include(other.minX, other.minY, other.minZ);
            include(other.maxX, other.maxY, other.maxZ);
        }
    }

    /** Includes every xyz triple of a packed coordinate array. */
    public void includeAll(double[] xyz, int length) {
        for (int i = 0; i + 2 < length; i += 3) {
            include(xyz[i], xyz[i + 1], xyz[i + 2]);
        }
    }

    public boolean isEmpty() {
        return minX > maxX;
    }

    public double minX() { return minX; }
    public double minY() { return minY; }
    public double minZ() { return minZ; }
    public double maxX() { return maxX; }
    public double maxY() { return maxY; }
    public double maxZ() { return maxZ; }

    public double centerX() { return (minX + maxX) / 2; }
    public double centerY() { return (minY + maxY) / 2; }
    public double centerZ() { return (minZ + maxZ) / 2; }

    public double width() { return isEmpty() ? 0 : maxX - minX; }
    public double depth() { return isEmpty() ? 0 : maxY - minY; }
    public double height() { return isEmpty() ? 0 : maxZ - minZ; }

    /** Length of the 3D diagonal; 0 when empty. */
    public double diagonal() {
        return isEmpty() ? 0 : Math.sqrt(width() * width() + depth() * depth() + height() * height());
    }

    public Envelope copy() {
        Envelope e = new Envelope();
        e.include(this);
        return e;
    }

    @Override
    public String toString() {
        return isEmpty() ? "Envelope[empty]"
                : String.format("Envelope[(%.3f, %.3f, %.3f) - (%.3f, %.3f, %.3f)]", minX, minY, minZ, maxX, maxY, maxZ);
    }
}
