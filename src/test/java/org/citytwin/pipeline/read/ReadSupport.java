package org.citytwin.pipeline.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.citytwin.pipeline.CancelToken;

/** Reads a file with the real reader, keeping the raw features. */
final class ReadSupport {

    private ReadSupport() {
    }

    static CityGmlFileReader.Result<RawFeature> read(Path file) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            return new CityGmlFileReader(pool, 2).read(file, (raw, header) -> raw, n -> { }, new CancelToken());
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<String, Integer> counts(CityGmlFileReader.Result<RawFeature> result) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        result.results().forEach(f -> counts.merge(f.type(), 1, Integer::sum));
        return counts;
    }
}
