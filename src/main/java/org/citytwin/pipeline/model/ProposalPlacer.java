package org.citytwin.pipeline.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.scenario.Edit;
import org.citytwin.scenario.GroundSnap;
import org.citytwin.scenario.ScenarioApplier;
import org.citytwin.scenario.SketchVolume;

/**
 * Turns a placement edit into a city object: the model (a catalog id, or a file path relative to the project's
 * folder) read once, turned and scaled, its base put on the ground under the given lat/lon (or at the stated height).
 * Shared by the command line and the viewer, so a scenario looks the same in a snapshot and on screen.
 */
public final class ProposalPlacer implements ScenarioApplier.ModelPlacer {

    private final DatasetLoader loader;
    private final Path projectFolder;
    private final List<CityObject> ground;
    private final Optional<ModelCatalog> catalog = ModelCatalog.bundled();
    private final Map<String, ImportedModel> models = new HashMap<>();

    /** @param ground the objects a model stands on (base of the scenario) */
    public ProposalPlacer(DatasetLoader loader, Path projectFolder, List<CityObject> ground) {
        this.loader = loader;
        this.projectFolder = projectFolder;
        this.ground = ground;
    }

    @Override
    public CityObject place(Edit.PlaceModel edit) throws ModelFormatException {
        ImportedModel model = model(edit.model());
        double[] xy = loader.toLocal(edit.lat(), edit.lon());
        if (xy == null) throw new ModelFormatException("nothing georeferenced is loaded, so " + edit.lat() + ", " + edit.lon()
                + " has no place in the scene");
        double z = edit.snapsToGround() ? GroundSnap.heightAt(ground, xy[0], xy[1]) : edit.height();
        List<Attribute> attributes = new ArrayList<>();
        Optional<ModelCatalog.Entry> entry = catalog.flatMap(c -> c.entry(edit.model()));
        entry.ifPresent(e -> {
            if (!e.nameJa().isBlank()) attributes.add(Attribute.of("citytwin:nameJa", e.nameJa()));
            if (!e.licence().isBlank()) attributes.add(Attribute.of("citytwin:licence", e.licence()));
            if (e.walkable()) attributes.add(Attribute.of(org.citytwin.model.ProposalAttributes.WALKABLE, "true"));
        });
        attributes.add(new Attribute("citytwin:baseHeight", String.valueOf(Math.round(z * 1000) / 1000.0), "m", null, List.of()));
        String name = entry.map(ModelCatalog.Entry::name).orElse(Path.of(edit.model()).getFileName().toString());
        return ScenarioApplier.proposal(edit, name, model.placed(xy[0], xy[1], z, edit.heading(), edit.scale()), attributes);
    }

    /** A sketched volume on the ground under its footprint (or at its stated base height). */
    @Override
    public CityObject sketch(Edit.Sketch edit) {
        return SketchVolume.of(edit, new SketchVolume.Site() {
            public double[] toLocal(double lat, double lon) {
                return loader.toLocal(lat, lon);
            }

            public double groundAt(double x, double y) {
                return GroundSnap.heightAt(ground, x, y);
            }
        });
    }

    /** The model behind a catalog id or a path; read once per placer. */
    public ImportedModel model(String reference) throws ModelFormatException {
        ImportedModel cached = models.get(reference);
        if (cached != null) return cached;
        ImportedModel model = ModelImporter.read(resolve(reference));
        models.put(reference, model);
        return model;
    }

    Path resolve(String reference) throws ModelFormatException {
        Optional<ModelCatalog.Entry> entry = catalog.flatMap(c -> c.entry(reference));
        if (entry.isPresent()) return entry.get().file();
        Path path = projectFolder.resolve(reference).normalize();
        if (Files.isRegularFile(path)) return path;
        throw new ModelFormatException("'" + reference + "' is neither a model of the catalog ("
                + catalog.map(c -> c.models().stream().map(ModelCatalog.Entry::id).toList().toString()).orElse("no catalog found")
                + ") nor a model file");
    }
}
