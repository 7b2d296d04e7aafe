package org.citytwin.underground;

import java.nio.file.Path;
import java.util.List;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.citytwin.pipeline.LoadResult;

/** The four real PLATEAU utility files of Chiba-shi (water, sewer, gas, electricity), loaded once. */
final class ChibaUtilities {
    static final Path FOLDER = Path.of("src/test/resources/data/utility/udx/unf");
    private static LoadResult result;

    private ChibaUtilities() {
    }

    static synchronized LoadResult load() {
        if (result == null) {
            try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
                result = loader.load(List.of(FOLDER.resolve("water_53403039_unf_6697.gml"),
                        FOLDER.resolve("sewer_53403039_unf_6697.gml"), FOLDER.resolve("gas_53403039_unf_6697.gml"),
                        FOLDER.resolve("elec_53403039_unf_6697.gml")), LoadProgress.NONE, new CancelToken());
            }
        }
        return result;
    }

    static List<CityObject> objects() {
        return load().files().stream().flatMap(f -> f.objects().stream()).toList();
    }
}
