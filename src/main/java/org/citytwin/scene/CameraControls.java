package org.citytwin.scene;

import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard navigation for a {@link CameraRig}: left-drag orbits, right/middle/shift-drag pans,
 * the wheel zooms toward the cursor; arrows/WASD pan, +/- zoom, Q/E rotate, PageUp/PageDown pitch,
 * F/Home fit. With a {@link PivotFinder}, a left-drag orbits about the point picked under the press (the
 * target when nothing is there). Installed on the viewport node (which must span the SubScene so pixel coordinates match).
 */
public final class CameraControls {
    private final CameraRig rig;
    private final Runnable fit;
    private final PivotFinder pivots;
    private double lastX, lastY;
    private Point3D pivot;

    /** The orbit pivot (view space) under a viewport pixel, or null to orbit about the camera target. */
    @FunctionalInterface
    public interface PivotFinder {
        Point3D pivotAt(double x, double y);
    }

    private CameraControls(CameraRig rig, Runnable fit, PivotFinder pivots) {
        this.rig = rig;
        this.fit = fit;
        this.pivots = pivots;
    }

    public static void install(Node viewport, CameraRig rig, Runnable fit) {
        install(viewport, rig, fit, null);
    }

    public static void install(Node viewport, CameraRig rig, Runnable fit, PivotFinder pivots) {
        CameraControls c = new CameraControls(rig, fit, pivots);
        viewport.setFocusTraversable(true);
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            c.lastX = e.getX();
            c.lastY = e.getY();
            rig.stopFlight(); // the user takes over
            c.pivot = pivots != null && e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()
                    ? pivots.pivotAt(e.getX(), e.getY()) : null;
            viewport.requestFocus(); // keys go to the view after a click
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, c::onDrag);
        viewport.addEventHandler(ScrollEvent.SCROLL, c::onScroll);
        viewport.addEventHandler(KeyEvent.KEY_PRESSED, c::onKey);
    }

    private void onDrag(MouseEvent e) {
        double dx = e.getX() - lastX, dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        boolean pan = e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE || e.isShiftDown();
        if (pan) {
            rig.panPixels(dx, dy);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            if (pivot != null) {
                rig.orbitAbout(pivot, -dx * 0.3, dy * 0.25);
            } else {
                rig.orbit(-dx * 0.3, dy * 0.25);
            }
        }
        e.consume();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        rig.stopFlight();
        // one wheel notch (delta 40) = 15% closer
        rig.zoomAt(e.getX(), e.getY(), Math.pow(0.85, e.getDeltaY() / 40));
        e.consume();
    }

    private void onKey(KeyEvent e) {
        double step = 60; // pixels of "virtual drag" per key press
        switch (e.getCode()) {
            case LEFT, A -> rig.panPixels(step, 0);
            case RIGHT, D -> rig.panPixels(-step, 0);
            case UP, W -> rig.panPixels(0, step);
            case DOWN, S -> rig.panPixels(0, -step);
            case PLUS, ADD, EQUALS -> rig.zoom(0.8);
            case MINUS, SUBTRACT -> rig.zoom(1.25);
            case Q -> rig.orbit(-15, 0);
            case E -> rig.orbit(15, 0);
            case PAGE_UP -> rig.orbit(0, 10);
            case PAGE_DOWN -> rig.orbit(0, -10);
            case F, HOME -> fit.run();
            default -> { return; }
        }
        e.consume();
    }
}
