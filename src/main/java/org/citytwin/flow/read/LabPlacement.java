package org.citytwin.flow.read;

import org.citytwin.text.Texts;

/**
 * Puts lab-frame coordinates (an experiment hall, a simulation) into the scene's local frame: scale, then
 * rotate counter-clockwise by {@code rotationDeg} (lab x axis towards local north for 90°), then move the lab
 * origin to ({@code originX}, {@code originY}, {@code originZ}).
 */
public record LabPlacement(double originX, double originY, double originZ, double rotationDeg, double scale) {

    /** Lab metres are local metres. */
    public static final LabPlacement IDENTITY = new LabPlacement(0, 0, 0, 0, 1);

    public LabPlacement {
        if (!(scale > 0) || !Double.isFinite(originX + originY + originZ + rotationDeg)) {
            throw new IllegalArgumentException(Texts.get("flowread.placement.values", originX + ", " + originY + ", " + originZ,
                    String.valueOf(rotationDeg), String.valueOf(scale)));
        }
    }

    /** "x,y,rotationDeg,scale" or "x,y,z,rotationDeg,scale" (local metres, degrees). */
    public static LabPlacement parse(String text) {
        String[] p = text.split(",");
        try {
            if (p.length == 4) {
                return new LabPlacement(num(p[0]), num(p[1]), 0, num(p[2]), num(p[3]));
            }
            if (p.length == 5) {
                return new LabPlacement(num(p[0]), num(p[1]), num(p[2]), num(p[3]), num(p[4]));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get("flowread.placement.number", text), e);
        }
        throw new IllegalArgumentException(Texts.get("flowread.placement.form", text));
    }

    private static double num(String s) {
        return Double.parseDouble(s.strip());
    }

    /** Lab metres (x, y, z) -> local frame, written to {@code out[0..2]}. */
    public void apply(double x, double y, double z, double[] out) {
        double r = Math.toRadians(rotationDeg);
        double c = Math.cos(r);
        double s = Math.sin(r);
        double sx = x * scale;
        double sy = y * scale;
        out[0] = originX + c * sx - s * sy;
        out[1] = originY + s * sx + c * sy;
        out[2] = originZ + z * scale;
    }
}
