package org.citytwin.pipeline.tessellate;

/**
 * Best-fit plane of a ring by Newell's method, with an orthonormal 2D basis (u, v) in it such that
 * u x v equals the unit normal. Consequence relied on by the tessellator: a triangle with positive
 * signed area in (u, v) faces the same way as the ring, whatever the ring's tilt (roof, wall, floor).
 * Coordinates are taken relative to the ring's first point so that large georeferenced values (1e5 m)
 * do not eat the precision of the 2D coordinates. Mutable and reused per thread.
 */
final class PlaneFrame {

    double ox, oy, oz;          // origin: first point of the ring
    double nx, ny, nz;          // unit normal
    double ux, uy, uz;          // in-plane axis 1
    double vx, vy, vz;          // in-plane axis 2 = n x u
    double offset;              // plane = origin + offset * n (mean signed distance of the ring's points)
    double area;                // Newell area of the ring (half the length of the raw Newell vector)
    double extentSq;            // squared bounding-box diagonal, the scale for relative tolerances

    /**
     * Fits the plane to points [from, to) of the flat xyz array. Returns false when the ring has no
     * usable normal (all points collinear or coincident); the fields are then unspecified.
     */
    boolean fit(double[] xyz, int from, int to) {
        ox = xyz[3 * from];
        oy = xyz[3 * from + 1];
        oz = xyz[3 * from + 2];
        double sx = 0, sy = 0, sz = 0;
        double minX = 0, minY = 0, minZ = 0, maxX = 0, maxY = 0, maxZ = 0;
        for (int i = from; i < to; i++) {
            int j = i + 1 == to ? from : i + 1;
            double x0 = xyz[3 * i] - ox, y0 = xyz[3 * i + 1] - oy, z0 = xyz[3 * i + 2] - oz;
            double x1 = xyz[3 * j] - ox, y1 = xyz[3 * j + 1] - oy, z1 = xyz[3 * j + 2] - oz;
            sx += (y0 - y1) * (z0 + z1);
            sy += (z0 - z1) * (x0 + x1);
            sz += (x0 - x1) * (y0 + y1);
            minX = Math.min(minX, x0); maxX = Math.max(maxX, x0);
            minY = Math.min(minY, y0); maxY = Math.max(maxY, y0);
            minZ = Math.min(minZ, z0); maxZ = Math.max(maxZ, z0);
        }
        double dx = maxX - minX, dy = maxY - minY, dz = maxZ - minZ;
        extentSq = dx * dx + dy * dy + dz * dz;
        double len = Math.sqrt(sx * sx + sy * sy + sz * sz);
        area = 0.5 * len;
        if (!(len > 0) || !Double.isFinite(len)) {
            return false;
        }
        nx = sx / len;
        ny = sy / len;
        nz = sz / len;
        // u: perpendicular to n, built from the world axis least aligned with n (numerically stable).
        double ax = Math.abs(nx), ay = Math.abs(ny), az = Math.abs(nz);
        if (ax <= ay && ax <= az) {          // a = X: u = a x n
            ux = 0; uy = -nz; uz = ny;
        } else if (ay <= az) {               // a = Y
            ux = nz; uy = 0; uz = -nx;
        } else {                             // a = Z
            ux = -ny; uy = nx; uz = 0;
        }
        double ul = Math.sqrt(ux * ux + uy * uy + uz * uz);
        ux /= ul; uy /= ul; uz /= ul;
        vx = ny * uz - nz * uy;
        vy = nz * ux - nx * uz;
        vz = nx * uy - ny * ux;
        double d = 0;
        for (int i = from; i < to; i++) {
            d += (xyz[3 * i] - ox) * nx + (xyz[3 * i + 1] - oy) * ny + (xyz[3 * i + 2] - oz) * nz;
        }
        offset = d / (to - from);
        return true;
    }

    /** Writes the 2D coordinates of xyz points [from, to) into uv (2 per point, same indices). */
    void project(double[] xyz, int from, int to, double[] uv) {
        for (int i = from; i < to; i++) {
            double x = xyz[3 * i] - ox, y = xyz[3 * i + 1] - oy, z = xyz[3 * i + 2] - oz;
            uv[2 * i] = x * ux + y * uy + z * uz;
            uv[2 * i + 1] = x * vx + y * vy + z * vz;
        }
    }

    /** The 3D point of the plane at 2D coordinates (u, v); for vertices the fallback invents. */
    void lift(double u, double v, double[] xyz, int index) {
        xyz[3 * index] = ox + u * ux + v * vx + offset * nx;
        xyz[3 * index + 1] = oy + u * uy + v * vy + offset * ny;
        xyz[3 * index + 2] = oz + u * uz + v * vz + offset * nz;
    }

    /** Twice the signed area of 2D points [from, to) of uv (shoelace); positive = same facing as n. */
    static double signedArea2(double[] uv, int from, int to) {
        double s = 0;
        double u0 = uv[2 * from], v0 = uv[2 * from + 1];
        for (int i = from + 1; i + 1 < to; i++) {
            s += (uv[2 * i] - u0) * (uv[2 * i + 3] - v0) - (uv[2 * i + 2] - u0) * (uv[2 * i + 1] - v0);
        }
        return s;
    }

    /** Twice the signed area of 2D triangle (a, b, c) of uv. */
    static double triangleArea2(double[] uv, int a, int b, int c) {
        double au = uv[2 * a], av = uv[2 * a + 1];
        return (uv[2 * b] - au) * (uv[2 * c + 1] - av) - (uv[2 * c] - au) * (uv[2 * b + 1] - av);
    }
}
