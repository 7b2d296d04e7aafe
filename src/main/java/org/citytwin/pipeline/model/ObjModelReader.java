package org.citytwin.pipeline.model;

import de.javagl.obj.FloatTuple;
import de.javagl.obj.Mtl;
import de.javagl.obj.MtlReader;
import de.javagl.obj.Obj;
import de.javagl.obj.ObjFace;
import de.javagl.obj.ObjReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Wavefront OBJ with its MTL colours (Kd, d); material libraries are read only from the model's own folder. */
final class ObjModelReader {

    private static final int DEFAULT_COLOUR = 0xFFD9D4C7;

    private ObjModelReader() {
    }

    static ImportedModel read(Path file, long maxTriangles) throws IOException, ModelFormatException {
        Obj obj;
        try (InputStream in = Files.newInputStream(file)) {
            obj = ObjReader.read(in);
        } catch (RuntimeException e) {
            throw new ModelFormatException(file + ": not a readable OBJ file (" + e.getMessage() + ")", e);
        }
        Map<String, Integer> colours = materials(file, obj);
        MeshCollector mesh = new MeshCollector(file.toString(), maxTriangles);
        int[] index = new int[obj.getNumVertices()];
        for (int i = 0; i < obj.getNumVertices(); i++) {
            FloatTuple v = obj.getVertex(i);
            index[i] = mesh.vertex(v.getX(), v.getY(), v.getZ());
        }
        String material = null;
        for (int f = 0; f < obj.getNumFaces(); f++) {
            ObjFace face = obj.getFace(f);
            // "activated" names only the face where a usemtl took effect; the material lasts until the next one
            String activated = obj.getActivatedMaterialGroupName(face);
            if (activated != null) material = activated;
            int colour = material == null ? DEFAULT_COLOUR : colours.getOrDefault(material, DEFAULT_COLOUR);
            for (int k = 1; k + 1 < face.getNumVertices(); k++) { // a fan: OBJ faces are convex polygons
                mesh.triangle(vertexOf(index, face, 0, file), vertexOf(index, face, k, file), vertexOf(index, face, k + 1, file), colour);
            }
        }
        return mesh.build();
    }

    private static int vertexOf(int[] index, ObjFace face, int k, Path file) throws ModelFormatException {
        int i = face.getVertexIndex(k);
        if (i < 0 || i >= index.length) throw new ModelFormatException(file + ": a face refers to vertex " + (i + 1)
                + ", but the file has " + index.length);
        return index[i];
    }

    private static Map<String, Integer> materials(Path file, Obj obj) throws IOException {
        Map<String, Integer> colours = new HashMap<>();
        Path dir = file.toAbsolutePath().normalize().getParent();
        for (String name : obj.getMtlFileNames()) {
            Path mtl = dir.resolve(name).normalize();
            if (!mtl.startsWith(dir) || !Files.isRegularFile(mtl)) continue; // outside the model's folder: never opened
            try (InputStream in = Files.newInputStream(mtl)) {
                for (Mtl m : MtlReader.read(in)) {
                    FloatTuple kd = m.getKd();
                    Float d = m.getD();
                    if (kd != null) colours.put(m.getName(), MeshCollector.argb(kd.getX(), kd.getY(), kd.getZ(), d == null ? 1 : d));
                }
            }
        }
        return colours;
    }
}
