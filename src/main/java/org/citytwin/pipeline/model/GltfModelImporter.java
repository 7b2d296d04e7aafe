package org.citytwin.pipeline.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.javagl.jgltf.model.AccessorData;
import de.javagl.jgltf.model.AccessorFloatData;
import de.javagl.jgltf.model.AccessorModel;
import de.javagl.jgltf.model.GltfModel;
import de.javagl.jgltf.model.MaterialModel;
import de.javagl.jgltf.model.MeshModel;
import de.javagl.jgltf.model.MeshPrimitiveModel;
import de.javagl.jgltf.model.NodeModel;
import de.javagl.jgltf.model.SceneModel;
import de.javagl.jgltf.model.io.GltfModelReader;
import de.javagl.jgltf.model.v2.MaterialModelV2;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * glTF 2.0 (.gltf with embedded or neighbouring buffers, .glb): triangles of every mesh of the default scene, with
 * node transforms applied and each primitive's base colour. Before jgltf resolves anything, every buffer and image
 * URI is checked: only data: URIs and files inside the model's folder are allowed, so a model never makes the viewer
 * read elsewhere or go to the network.
 */
final class GltfModelImporter {

    private static final int TRIANGLES = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private GltfModelImporter() {
    }

    static ImportedModel read(Path file, long maxTriangles) throws IOException, ModelFormatException {
        checkReferences(file);
        GltfModel model;
        try {
            model = new GltfModelReader().read(file);
        } catch (RuntimeException e) {
            throw new ModelFormatException(file + ": not a readable glTF file (" + e.getMessage() + ")", e);
        }
        MeshCollector mesh = new MeshCollector(file.toString(), maxTriangles);
        List<SceneModel> scenes = model.getSceneModels();
        List<NodeModel> roots = scenes.isEmpty() ? model.getNodeModels().stream().filter(n -> n.getParent() == null).toList()
                : scenes.get(0).getNodeModels();
        for (NodeModel root : roots) addNode(root, mesh, file);
        return mesh.build();
    }

    private static void addNode(NodeModel node, MeshCollector mesh, Path file) throws ModelFormatException {
        float[] m = node.computeGlobalTransform(null); // column-major 4x4
        for (MeshModel meshModel : node.getMeshModels()) {
            for (MeshPrimitiveModel primitive : meshModel.getMeshPrimitiveModels()) {
                if (primitive.getMode() != TRIANGLES) continue; // lines and points are not surfaces
                addPrimitive(primitive, m, mesh, file);
            }
        }
        for (NodeModel child : node.getChildren()) addNode(child, mesh, file);
    }

    private static void addPrimitive(MeshPrimitiveModel primitive, float[] m, MeshCollector mesh, Path file)
            throws ModelFormatException {
        AccessorModel positions = primitive.getAttributes().get("POSITION");
        if (positions == null || !(positions.getAccessorData() instanceof AccessorFloatData p)) {
            throw new ModelFormatException(file + ": a mesh primitive has no float POSITION attribute");
        }
        int[] index = new int[p.getNumElements()];
        for (int i = 0; i < index.length; i++) {
            double x = p.get(i, 0), y = p.get(i, 1), z = p.get(i, 2);
            index[i] = mesh.vertex(m[0] * x + m[4] * y + m[8] * z + m[12], m[1] * x + m[5] * y + m[9] * z + m[13],
                    m[2] * x + m[6] * y + m[10] * z + m[14]);
        }
        int colour = colour(primitive.getMaterialModel());
        AccessorModel indices = primitive.getIndices();
        if (indices == null) {
            for (int i = 0; i + 2 < index.length; i += 3) mesh.triangle(index[i], index[i + 1], index[i + 2], colour);
            return;
        }
        AccessorData data = indices.getAccessorData();
        ByteBuffer buffer = data.createByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        int n = data.getNumElements();
        int[] ix = new int[n];
        for (int i = 0; i < n; i++) {
            ix[i] = switch (indices.getComponentSizeInBytes()) {
                case 1 -> buffer.get(i) & 0xFF;
                case 2 -> buffer.getShort(2 * i) & 0xFFFF;
                default -> buffer.getInt(4 * i);
            };
            if (ix[i] < 0 || ix[i] >= index.length) throw new ModelFormatException(file + ": an index points past the"
                    + " mesh's " + index.length + " vertices");
        }
        for (int i = 0; i + 2 < n; i += 3) mesh.triangle(index[ix[i]], index[ix[i + 1]], index[ix[i + 2]], colour);
    }

    private static int colour(MaterialModel material) {
        if (material instanceof MaterialModelV2 v2 && v2.getBaseColorFactor() != null) {
            float[] c = v2.getBaseColorFactor();
            return MeshCollector.argb(c[0], c[1], c[2], c.length > 3 ? c[3] : 1);
        }
        return 0xFFD9D4C7;
    }

    /** Refuses a model whose buffers or images point outside its folder or to the network, without opening them. */
    static void checkReferences(Path file) throws IOException, ModelFormatException {
        JsonNode root = JSON.readTree(jsonPart(file));
        if (root == null) throw new ModelFormatException(file + ": not a glTF file (no JSON)");
        Path dir = file.toAbsolutePath().normalize().getParent();
        for (String section : new String[] {"buffers", "images"}) {
            for (JsonNode entry : root.path(section)) {
                String uri = entry.path("uri").asText(null);
                if (uri == null || uri.startsWith("data:")) continue;
                boolean outside = uri.contains(":") || uri.startsWith("/") || uri.startsWith("\\")
                        || !dir.resolve(java.net.URLDecoder.decode(uri, StandardCharsets.UTF_8)).normalize().startsWith(dir);
                if (outside) {
                    throw new ModelFormatException(file + ": refers to " + uri + ", which lies outside the model's folder;"
                            + " models may only use embedded data or files beside them");
                }
            }
        }
    }

    private static byte[] jsonPart(Path file) throws IOException, ModelFormatException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 20 && bytes[0] == 'g' && bytes[1] == 'l' && bytes[2] == 'T' && bytes[3] == 'F') {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int length = b.getInt(12);
            if (b.getInt(16) != 0x4E4F534A || length < 0 || 20L + length > bytes.length) {
                throw new ModelFormatException(file + ": a GLB file whose first chunk is not its JSON");
            }
            return java.util.Arrays.copyOfRange(bytes, 20, 20 + length);
        }
        return bytes;
    }
}
