package org.citytwin.scene;

import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.DirectionalLight;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import org.citytwin.shadow.SunDirections;

/**
 * The scene's lights and sky. Without a sun: the even studio light (ambient plus a light and its exact opposite, so
 * every face is lit alike whichever way it faces). With a sun (View → Sun): one directional light along the real sun
 * ray whose strength and warmth follow the elevation, an ambient sky light, and a sky gradient that goes through
 * twilight to a dark blue-grey night. Meshes are two-sided (see {@link TileMeshViews}), so a face is lit by where
 * its seen side faces: the wall turned to the sun is bright and the one turned away gets only the sky light.
 */
public final class SunLight {
    /** Civil twilight ends 6° below the horizon; below about 12° it is dark. */
    static final double NIGHT_ELEVATION = -12;

    private static final Color DAY_TOP = CityScene.SKY_TOP, DAY_HORIZON = CityScene.SKY_HORIZON;
    private static final Color NIGHT_TOP = Color.rgb(12, 18, 36), NIGHT_HORIZON = Color.rgb(40, 52, 76);
    private static final Color GLOW = Color.rgb(238, 164, 118); // the horizon at sunrise and sunset
    private static final Color DAY_SKYLIGHT = Color.gray(0.36), NIGHT_SKYLIGHT = Color.color(0.13, 0.15, 0.23);
    private static final Color LOW_SUN = Color.color(1.0, 0.74, 0.50);
    private static final double SUN_STRENGTH = 0.80;

    /** What the lights and sky show. {@code keyDirection} is the travel direction in JavaFX axes. */
    record Look(Color ambient, Color key, Point3D keyDirection, Color counter, Color skyTop, Color skyHorizon) {
    }

    private final AmbientLight ambient = new AmbientLight();
    private final DirectionalLight key = new DirectionalLight();
    private final DirectionalLight counter = new DirectionalLight();
    private final Region sky;

    /** @param sky the region behind the transparent SubScene whose background is the sky */
    SunLight(Region sky) {
        this.sky = sky;
        show(null);
    }

    List<Node> nodes() { return List.of(ambient, key, counter); }

    /** Shows the studio light (null) or the given sun. FX thread. */
    void show(SunDirections.Direction sun) {
        Look look = sun == null ? studio() : of(sun.azimuth(), sun.elevation());
        ambient.setColor(look.ambient());
        key.setColor(look.key());
        key.setDirection(look.keyDirection());
        counter.setColor(look.counter());
        counter.setDirection(look.keyDirection().multiply(-1));
        sky.setBackground(new Background(new BackgroundFill(new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, look.skyTop()), new Stop(1, look.skyHorizon())), null, null)));
    }

    /** The default: from high in the south-east, with its opposite, so roofs, N/S and E/W walls differ evenly. */
    static Look studio() {
        return new Look(Color.gray(0.42), Color.gray(0.58), new Point3D(-0.35, 0.76, 0.55), Color.gray(0.58), DAY_TOP, DAY_HORIZON);
    }

    /** Lights and sky for a sun at this azimuth (degrees clockwise from north) and elevation (degrees). */
    static Look of(double azimuth, double elevation) {
        double direct = smoothstep(-0.5, 12, elevation); // the disc sinks into haze near the horizon
        double daylight = smoothstep(NIGHT_ELEVATION, 4, elevation);
        double warmth = 1 - smoothstep(2, 22, elevation);
        double glow = Math.max(0, 1 - Math.abs(elevation + 1) / 8); // strongest just below the horizon
        Color sun = Color.WHITE.interpolate(LOW_SUN, warmth);
        Color key = Color.color(sun.getRed() * SUN_STRENGTH * direct, sun.getGreen() * SUN_STRENGTH * direct,
                sun.getBlue() * SUN_STRENGTH * direct);
        Color top = NIGHT_TOP.interpolate(DAY_TOP, smoothstep(-10, 10, elevation));
        Color horizon = NIGHT_HORIZON.interpolate(DAY_HORIZON, smoothstep(-10, 8, elevation)).interpolate(GLOW, 0.65 * glow);
        return new Look(NIGHT_SKYLIGHT.interpolate(DAY_SKYLIGHT, daylight), key, travel(azimuth, elevation), Color.BLACK,
                top, horizon);
    }

    /**
     * The direction sunlight travels, in the scene's JavaFX axes (x east, y down, z north): the opposite of the
     * direction towards the sun. Below the horizon it still points along the ray (the light is off by then).
     */
    public static Point3D travel(double azimuth, double elevation) {
        double a = Math.toRadians(azimuth), e = Math.toRadians(elevation);
        return new Point3D(-Math.sin(a) * Math.cos(e), Math.sin(e), -Math.cos(a) * Math.cos(e));
    }

    private static double smoothstep(double from, double to, double v) {
        double t = Math.max(0, Math.min(1, (v - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }
}
