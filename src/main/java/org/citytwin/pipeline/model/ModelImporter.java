package org.citytwin.pipeline.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a proposal model file by its extension: .gltf, .glb (jgltf), .obj (de.javagl obj) or CityGML (.gml, .xml). */
public final class ModelImporter {

    /** Proposal models are buildings and decks, not scanned cities: beyond this they should be simplified first. */
    public static final long MAX_TRIANGLES = 2_000_000;
    /** Model files are read whole: beyond this size one is refused before anything is read. */
    public static final long MAX_BYTES = 256L << 20;

    private ModelImporter() {
    }

    public static boolean isModelFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gltf") || name.endsWith(".glb") || name.endsWith(".obj") || name.endsWith(".gml")
                || name.endsWith(".xml");
    }

    public static ImportedModel read(Path file) throws ModelFormatException {
        if (!Files.isRegularFile(file)) throw new ModelFormatException(file + ": no such model file");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ModelFormatException(file + ": " + (size >> 20) + " MB is more than the " + (MAX_BYTES >> 20)
                        + " MB a proposal model may have; simplify it first");
            }
            if (name.endsWith(".gltf") || name.endsWith(".glb")) return GltfModelImporter.read(file, MAX_TRIANGLES);
            if (name.endsWith(".obj")) return ObjModelReader.read(file, MAX_TRIANGLES);
            if (name.endsWith(".gml") || name.endsWith(".xml")) return CityGmlModelReader.read(file, MAX_TRIANGLES);
        } catch (IOException e) {
            throw new ModelFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        throw new ModelFormatException(file + ": not a model file CityTwin reads (expected .gltf, .glb, .obj or CityGML"
                + " .gml)");
    }
}
