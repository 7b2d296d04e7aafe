package org.citytwin.pipeline.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The proposal models shipped in {@code models/catalog.json}: {@code {"models":[{"id","file","name","nameJa",
 * "height","footprint","licence"}]}}, files relative to the catalog's folder (and never outside it).
 */
public record ModelCatalog(Path folder, List<Entry> models) {

    public static final String FILE = "catalog.json";

    /**
     * @param footprint width and depth in metres
     * @param walkable  people walk on its upper faces (a deck), so the flow simulator routes them over it
     */
    public record Entry(String id, Path file, String name, String nameJa, double height, double[] footprint, String licence,
                        boolean walkable) {
    }

    public static ModelCatalog read(Path folder) throws ModelFormatException {
        Path file = folder.resolve(FILE);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ModelFormatException(file + ": the model catalog cannot be read (" + e.getMessage() + ")", e);
        }
        Path dir = folder.toAbsolutePath().normalize();
        List<Entry> entries = new ArrayList<>();
        for (JsonNode m : root.path("models")) {
            String id = m.path("id").asText("");
            Path model = dir.resolve(m.path("file").asText("")).normalize();
            if (id.isBlank() || !model.startsWith(dir)) {
                throw new ModelFormatException(file + ": model '" + id + "' needs an id and a file inside " + dir);
            }
            JsonNode fp = m.path("footprint");
            entries.add(new Entry(id, model, m.path("name").asText(id), m.path("nameJa").asText(""),
                    m.path("height").asDouble(Double.NaN), new double[] {fp.path(0).asDouble(Double.NaN), fp.path(1).asDouble(Double.NaN)},
                    m.path("licence").asText(""), m.path("walkable").asBoolean(false)));
        }
        return new ModelCatalog(dir, List.copyOf(entries));
    }

    /**
     * The catalog beside the program: {@code models/} in the working folder, else next to the jar's folder
     * (target/../models), else none.
     */
    public static Optional<ModelCatalog> bundled() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("citytwin.models");
        if (property != null) candidates.add(Path.of(property));
        candidates.add(Path.of("models"));
        try {
            Path jar = Path.of(ModelCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.getParent() != null && jar.getParent().getParent() != null) candidates.add(jar.getParent().getParent().resolve("models"));
        } catch (Exception e) {
            // no code source (unusual class loader): only the working folder is searched
        }
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve(FILE))) {
                try {
                    return Optional.of(read(dir));
                } catch (ModelFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Entry> entry(String id) {
        return models.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
