package org.citytwin.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.LodChoice;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.model.ProposalPlacer;
import org.citytwin.pipeline.texture.TextureImages;
import org.citytwin.pipeline.tile.LodSelection;
import org.citytwin.pipeline.tile.TileMesh;
import org.citytwin.pipeline.tile.TileMesher;
import org.citytwin.scenario.Viewpoint;
import org.citytwin.scene.CityScene;
import org.citytwin.scene.ExcavationLayer;
import org.citytwin.scene.LayerStyle;
import org.citytwin.scene.SceneSnapshots;
import org.citytwin.scene.ThematicPainter;
import org.citytwin.scene.UtilityPainter;
import org.citytwin.scene.ViewpointCamera;
import org.citytwin.scene.XRay;
import org.citytwin.text.Texts;
import org.citytwin.thematic.Classification;
import org.citytwin.thematic.ThematicClassifier;
import org.citytwin.thematic.UtilityClassifier;
import org.citytwin.underground.Excavation;

/**
 * A project's data rendered per scenario, as snapshot, tour and report need it: each scenario's objects (edits
 * replayed over base, once per scenario), their meshes at a LOD, and a saved viewpoint drawn offscreen with its
 * scenario, camera, layer states, LOD, x-ray, underground look, excavation and colouring, then its caption and the data attribution.
 */
final class ScenarioRenderer {

    private final ProjectData data;
    private final DatasetLoader loader;
    private final boolean textured;
    private final Map<String, List<CityObject>> objects = new HashMap<>();

    ScenarioRenderer(ProjectData data, DatasetLoader loader, boolean textured) {
        this.data = data;
        this.loader = loader;
        this.textured = textured;
    }

    ProjectData data() {
        return data;
    }

    /** The scenario's objects; an unknown scenario is refused with IllegalArgumentException naming the ones there are. */
    List<CityObject> objects(String scenario) {
        List<CityObject> done = objects.get(scenario);
        if (done == null) {
            done = data.objects(scenario, new ProposalPlacer(loader, data.file.toAbsolutePath().getParent(), data.baseObjects()));
            objects.put(scenario, done);
        }
        return done;
    }

    /** Meshes of the objects at that LOD (null: each object's highest). */
    static List<TileMesh> meshes(List<CityObject> objects, Integer lod, boolean textured) {
        return TileMesher.merge(objects, LodSelection.all(lod == null ? LodChoice.HIGHEST : LodChoice.exactly(lod)),
                textured ? new TextureImages() : null);
    }

    /** Bounds of both sides' geometry, so that the camera frames base and proposal alike. */
    static Envelope boundsOf(List<CityObject> a, List<CityObject> b) {
        Envelope e = new Envelope();
        for (List<CityObject> side : b == null ? List.of(a) : List.of(a, b)) {
            for (CityObject o : side) {
                for (var mesh : o.meshes().values()) e.includeAll(mesh.vertices(), mesh.vertices().length);
            }
        }
        return e;
    }

    /**
     * One viewpoint as an image: the same scene the viewer draws, its caption at the bottom and the attribution.
     * Deterministic: nothing depends on the clock or on earlier renders. Must not run on the FX thread.
     */
    BufferedImage render(Viewpoint v, int width, int height, PrintWriter err) throws Exception {
        List<CityObject> shown = objects(v.scenario());
        List<TileMesh> meshes = meshes(shown, v.lod(), textured);
        Envelope bounds = boundsOf(data.baseObjects(), shown); // one origin for every stop of a project
        Classification classification = v.colourBy() == null ? null
                : ThematicClassifier.classify(shown, ThematicRules.forAttribute(v.colourBy(), data.base));
        LodChoice lod = v.lod() == null ? LodChoice.HIGHEST : LodChoice.exactly(v.lod());
        UtilityClassifier.Result utilities = shown.stream().anyMatch(o -> o.kind() == FeatureKind.UTILITY)
                ? UtilityClassifier.classify(shown, UtilityClassifier.Mode.TYPE, lod) : null;
        BufferedImage image = FxToolkit.onFx(() -> {
            CityScene scene = new CityScene(width, height);
            scene.addMeshes(meshes, bounds);
            scene.addUtilityGround(shown);
            if (v.excavation() != null) cut(scene, v, err); // before painting: the cut replaces the meshes
            if (utilities != null) {
                UtilityPainter painter = new UtilityPainter(scene);
                painter.setEmphasised(v.underground());
                painter.apply(utilities);
            }
            if (classification != null) new ThematicPainter().apply(scene.layers(), classification);
            LayerStyle style = new LayerStyle(scene);
            if (v.xray() < 1) new XRay(scene, style).setOpacity(v.xray());
            for (Viewpoint.LayerState layer : v.layers()) {
                FeatureKind kind;
                try {
                    kind = FeatureKind.valueOf(layer.kind());
                } catch (IllegalArgumentException e) {
                    err.println(Texts.get("commands.tour.unknown-layer", data.file, v.name(), layer.kind()));
                    continue;
                }
                style.setVisible(kind, layer.visible());
                if (layer.opacity() < 1) style.setOpacity(kind, layer.opacity());
            }
            scene.camera().setViewport(width, height);
            if (v.underground()) scene.camera().setLookFromBelow(true);
            if (!ViewpointCamera.apply(scene.camera(), loader::toLocal, v)) {
                err.println(Texts.get("commands.tour.no-frame", data.file, v.name()));
                scene.camera().fitTo(bounds);
            }
            return javafx.embed.swing.SwingFXUtils.fromFXImage(SceneSnapshots.render(scene, width, height), null);
        });
        if (classification != null) LegendOverlay.draw(image, classification, true);
        CaptionOverlay.draw(image, v.caption(), DataAttribution.lines(ProjectData.sources(data.file, data.project)));
        return image;
    }

    /**
     * Cuts the viewpoint's pit as the viewer does: its top on the scene's ground, the surface meshes clipped, the earth
     * walls and floor drawn (the crossing utilities' labels are the window's, not the image's). FX thread.
     */
    private void cut(CityScene scene, Viewpoint v, PrintWriter err) {
        List<Viewpoint.Corner> corners = v.excavation().footprint();
        double[] f = new double[2 * corners.size()];
        for (int i = 0; i < corners.size(); i++) {
            double[] xy = loader.toLocal(corners.get(i).lat(), corners.get(i).lon());
            if (xy == null) {
                err.println(Texts.get("commands.tour.pit-no-frame", data.file, v.name()));
                return;
            }
            f[2 * i] = xy[0];
            f[2 * i + 1] = xy[1];
        }
        Excavation pit;
        try {
            pit = Excavation.onGround(f, scene.groundModel(), v.excavation().depth());
        } catch (IllegalArgumentException e) {
            err.println(Texts.get("commands.tour.pit-refused", data.file, v.name(), e.getMessage()));
            return;
        }
        ExcavationLayer layer = new ExcavationLayer(scene);
        List<ExcavationLayer.Cut> cuts = new java.util.ArrayList<>();
        for (ExcavationLayer.Target t : layer.targets()) {
            TileMesh cut = pit.cut(t.mesh());
            if (cut != t.mesh()) cuts.add(new ExcavationLayer.Cut(t.view(), cut));
        }
        layer.show(pit, cuts, List.of());
    }

    /** The loader the scenarios were read with: its frame takes lat/lon to local metres and back. */
    DatasetLoader loader() {
        return loader;
    }

    /** The loader's frame conversion (lat/lon to local x/y), for callers that project points as the renders do. */
    ViewpointCamera.ToLocal frame() {
        return loader::toLocal;
    }
}
