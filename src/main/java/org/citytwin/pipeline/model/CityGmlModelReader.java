package org.citytwin.pipeline.model;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.citytwin.model.SurfaceLook;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;

/**
 * A CityGML file used as a proposal model (an architect's building exported to CityGML): every object's shown mesh
 * joined into one model, read with the project's own pipeline in a frame of its own, then centred on its footprint
 * with its lowest point at 0 so that it is placed, turned and scaled like a glTF or OBJ model. It is drawn in its
 * kinds' colours: appearances are not read (no image of a model is decoded).
 */
final class CityGmlModelReader {

    private CityGmlModelReader() {
    }

    static ImportedModel read(Path file, long maxTriangles) throws ModelFormatException {
        List<CityObject> objects;
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver(), 1)) {
            loader.setTextures(false);
            var result = loader.load(List.of(file), LoadProgress.NONE, new CancelToken());
            objects = result.files().stream().flatMap(f -> f.objects().stream()).toList();
            if (objects.stream().allMatch(o -> o.displayMesh().isEmpty())) {
                String why = result.files().stream().flatMap(f -> f.issues().stream())
                        .filter(i -> i.severity() == Severity.ERROR).map(LoadIssue::message).findFirst()
                        .orElse("it holds no object with surfaces");
                throw new ModelFormatException(file + ": cannot be used as a model: " + why);
            }
            warnAboutErrors(result.files());
        }
        Envelope box = new Envelope();
        objects.forEach(o -> box.includeAll(o.displayMesh().vertices(), o.displayMesh().vertices().length));
        MeshCollector mesh = new MeshCollector(file.toString(), maxTriangles);
        for (CityObject o : objects) {
            MeshPart m = o.displayMesh();
            double[] v = m.vertices();
            int[] index = new int[m.vertexCount()];
            for (int i = 0; i < index.length; i++) {
                index[i] = mesh.vertexZUp(v[3 * i] - box.centerX(), v[3 * i + 1] - box.centerY(), v[3 * i + 2]);
            }
            int kindColour = 0xFF000000 | o.kind().rgb();
            int[] t = m.triangles();
            for (int f = 0; f < t.length / 3; f++) {
                SurfaceLook look = m.lookOf(f);
                mesh.triangle(index[t[3 * f]], index[t[3 * f + 1]], index[t[3 * f + 2]], look == null ? kindColour : look.argb());
            }
        }
        return mesh.build();
    }

    /** A model with broken parts still places; what broke is logged (the placement itself reports only failures). */
    private static void warnAboutErrors(List<CityFile> files) {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CityGmlModelReader.class);
        files.forEach(f -> f.issues().stream().filter(i -> i.severity() == Severity.ERROR).forEach(i -> log.warn(i.describe())));
    }
}
