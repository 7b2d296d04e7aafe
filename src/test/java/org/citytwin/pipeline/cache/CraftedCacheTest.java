package org.citytwin.pipeline.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.model.SurfaceLook;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.pipeline.tile.TileMesh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cache files whose checksums hold but whose lengths, counts or indices lie: each must be rejected as corrupt (and a
 * load rebuilds from the source), never trusted, never an OutOfMemoryError or StackOverflowError.
 */
class CraftedCacheTest {

    static final CacheFile.Expected KEY = new CacheFile.Expected("test-build", "crafted", new SourceKey(1, 2, 3));

    @TempDir
    Path dir;

    @Test
    void aWellFormedCraftedEntryStillReads() throws Exception {
        Path file = write(entry(object(new MeshPart(new double[9], new int[] {0, 1, 2}), List.of()), null));

        CacheEntry read = CacheFile.read(file, KEY);

        assertThat(read.file().objects()).hasSize(1);
        assertThat(read.file().objects().get(0).meshes().get(2).triangles()).containsExactly(0, 1, 2);
    }

    @Test
    void aTriangleCornerBeyondTheVerticesIsCorrupt() throws IOException {
        Path file = write(entry(object(new MeshPart(new double[9], new int[] {0, 1, 99}), List.of()), null));

        assertCorrupt(file, "triangle corner of 99");
    }

    @Test
    void aTriangleLookBeyondTheLooksIsCorrupt() throws IOException {
        MeshPart mesh = new MeshPart(new double[9], new int[] {0, 1, 2}, null, new int[] {5},
                List.of(new SurfaceLook(null, 0xFF0000)));

        assertCorrupt(write(entry(object(mesh, List.of()), null)), "triangle look of 5");
    }

    @Test
    void texCoordsThatDoNotMatchTheVerticesAreCorrupt() throws IOException {
        MeshPart mesh = new MeshPart(new double[9], new int[] {0, 1, 2}, new float[2], new int[] {0},
                List.of(new SurfaceLook(null, 0xFF0000)));

        assertCorrupt(write(entry(object(mesh, List.of()), null)), "2 texture coordinates for 3 vertices");
    }

    @Test
    void aTileMeshFaceOwnedByNoObjectIsCorrupt() throws IOException {
        TileMesh tile = new TileMesh(FeatureKind.BUILDING, 0, 0, new float[9], new int[] {0, 1, 2}, new int[] {3},
                List.of("b1"));

        assertCorrupt(write(entry(object(MeshPart.EMPTY, List.of()), List.of(tile))), "face owner of 3");
    }

    @Test
    void anAbsurdHeaderTextLengthIsCorruptNotAnOutOfMemoryError() throws IOException {
        Path file = write(entry(object(MeshPart.EMPTY, List.of()), null));
        CraftedBytes bytes = CraftedBytes.of(file);
        bytes.putHeaderInt(16, Integer.MAX_VALUE - 8); // the program version's length
        bytes.writeTo(file);

        assertCorrupt(file, "header text of");
    }

    @Test
    void aChainOfNestedAttributesIsCorruptNotAStackOverflow() throws IOException {
        Attribute leaf = new Attribute("a", "v", "u", "c", "l", List.of());
        Path file = write(entry(object(MeshPart.EMPTY, List.of(leaf)), null));
        CraftedBytes bytes = CraftedBytes.of(file);
        byte[] objects = bytes.section(CraftedBytes.OBJECTS);
        // id, type, kind, name, lods 1 and the LOD, meshes 0, attributes 1, the attribute's five strings, children 0
        int children = 8 * 4 + 5 * 4;
        assertThat(ByteBuffer.wrap(objects).order(ByteOrder.LITTLE_ENDIAN).getInt(children)).isZero();
        ByteBuffer deep = ByteBuffer.allocate(objects.length + 200_000 * 24).order(ByteOrder.LITTLE_ENDIAN);
        deep.put(objects, 0, children);
        for (int level = 0; level < 200_000; level++) deep.putInt(1).put(objects, children - 20, 20);
        deep.put(objects, children, objects.length - children);
        bytes.replaceSection(CraftedBytes.OBJECTS, deep.array());
        bytes.writeTo(file);

        assertCorrupt(file, "nested deeper");
    }

    @Test
    void anObjectCountBeyondItsBytesIsCorrupt() throws IOException {
        Path file = write(entry(object(MeshPart.EMPTY, List.of()), null));
        CraftedBytes bytes = CraftedBytes.of(file);
        ByteBuffer index = ByteBuffer.wrap(bytes.section(CraftedBytes.OBJECT_INDEX)).order(ByteOrder.LITTLE_ENDIAN);
        index.putInt(0, 512); // one chunk may hold 512 objects, but the section holds one
        bytes.replaceSection(CraftedBytes.OBJECT_INDEX, index.array());
        bytes.writeTo(file);

        assertCorrupt(file, "512 objects in");
    }

    @Test
    void aSectionWithBytesLeftOverIsCorrupt() throws IOException {
        Path file = write(entry(object(MeshPart.EMPTY, List.of()), null));
        CraftedBytes bytes = CraftedBytes.of(file);
        byte[] meshes = bytes.section(CraftedBytes.MESHES);
        byte[] longer = java.util.Arrays.copyOf(meshes, meshes.length + 16);
        bytes.replaceSection(CraftedBytes.MESHES, longer);
        bytes.writeTo(file);

        assertCorrupt(file, "mesh section has 16 bytes left over");
    }

    @Test
    void aBodyTruncatedWithItsChecksumsRecomputedIsCorrupt() throws IOException {
        Path file = write(entry(object(new MeshPart(new double[9], new int[] {0, 1, 2}), List.of()), null));
        CraftedBytes bytes = CraftedBytes.of(file);
        byte[] objects = bytes.section(CraftedBytes.OBJECTS);
        bytes.replaceSection(CraftedBytes.OBJECTS, java.util.Arrays.copyOf(objects, objects.length / 2));
        bytes.writeTo(file);

        assertCorrupt(file, "");
    }

    @Test
    void aLoadRebuildsFromTheSourceWhenItsEntryHoldsATriangleThatPointsNowhere() throws Exception {
        Path cacheDir = dir.resolve("cache");
        LoadCache cache = new LoadCache(cacheDir, "test-build");
        LoadCacheTest.startCrs();
        try {
            LoadResult fresh = LoadCacheTest.load(LoadCacheTest.SHINJUKU, cache, LoadCacheTest.FRAME);
            Path entry;
            try (Stream<Path> files = Files.list(cacheDir)) {
                entry = files.filter(p -> p.toString().endsWith(LoadCache.SUFFIX)).findFirst().orElseThrow();
            }
            // rewritten by the cache's own writer, checksums and all, with one triangle pointing past its vertices
            CacheFile.Expected key = CraftedBytes.of(entry).expected();
            CacheEntry valid = CacheFile.read(entry, key);
            CityObject first = valid.file().objects().stream().filter(o -> !o.meshes().isEmpty()).findFirst().orElseThrow();
            Map<Integer, MeshPart> meshes = new java.util.TreeMap<>(first.meshes());
            int lod = meshes.keySet().iterator().next();
            MeshPart mesh = meshes.get(lod);
            int[] triangles = mesh.triangles().clone();
            triangles[0] = mesh.vertexCount() + 1000;
            meshes.put(lod, new MeshPart(mesh.vertices(), triangles, mesh.texCoords(), mesh.triangleLooks(), mesh.looks()));
            List<CityObject> objects = new java.util.ArrayList<>(valid.file().objects());
            objects.set(objects.indexOf(first), new CityObject(first.id(), first.type(), first.kind(), first.name(),
                    first.lods(), meshes, first.attributes(), first.sourceFile(), first.utility()));
            CityFile f = valid.file();
            CacheFile.write(entry, key, new CacheEntry(new CityFile(f.path(), f.citygmlVersion(), f.srsName(), f.crs(),
                    objects, f.counts(), f.lods(), f.bounds(), f.issues()), valid.frame(), valid.themes(),
                    valid.dependencies(), valid.meshes()));

            LoadResult rebuilt = LoadCacheTest.load(LoadCacheTest.SHINJUKU, cache, LoadCacheTest.FRAME);

            assertThat(cache.outcome(LoadCacheTest.SHINJUKU)).isEqualTo(LoadCache.Outcome.CORRUPT);
            SameLoad.assertSame(fresh, rebuilt);
            LoadCacheTest.load(LoadCacheTest.SHINJUKU, cache, LoadCacheTest.FRAME);
            assertThat(cache.outcome(LoadCacheTest.SHINJUKU)).isEqualTo(LoadCache.Outcome.HIT);
        } finally {
            LoadCacheTest.done();
        }
    }

    private static void assertCorrupt(Path file, String reason) {
        Throwable thrown = catchThrowable(() -> CacheFile.read(file, KEY));
        assertThat(thrown).isInstanceOf(CacheFile.Rejected.class).hasMessageContaining(reason);
        assertThat(((CacheFile.Rejected) thrown).corrupt).isTrue();
    }

    private Path write(CacheEntry entry) throws IOException {
        Path file = dir.resolve("entry" + LoadCache.SUFFIX);
        CacheFile.write(file, KEY, entry);
        return file;
    }

    private static CityObject object(MeshPart mesh, List<Attribute> attributes) {
        return new CityObject("b1", "Building", FeatureKind.BUILDING, null, new TreeSet<>(List.of(2)),
                mesh == MeshPart.EMPTY ? Map.of() : Map.of(2, mesh), attributes, "crafted.gml");
    }

    private static CacheEntry entry(CityObject object, List<TileMesh> meshes) {
        CityFile file = new CityFile("crafted.gml", "2.0", null, null, List.of(object), Map.of("Building", 1),
                new TreeSet<>(List.of(2)), new Envelope(), List.of());
        return new CacheEntry(file, null, List.of(), List.of(), meshes);
    }

    /**
     * A cache file as bytes whose header fields and body sections a test rewrites; {@link #writeTo} lays the
     * sections out again and recomputes the section table, body length and both checksums, so only the lie remains.
     */
    static final class CraftedBytes {
        /** Section numbers as in the header's table; the file holds them in the order FILE..MESHES, STRINGS. */
        static final int STRINGS = 0, FILE = 1, OBJECTS = 2, OBJECT_INDEX = 3, MESHES = 4;
        private static final int[] FILE_ORDER = {FILE, OBJECTS, OBJECT_INDEX, MESHES, STRINGS};

        private final ByteBuffer header;
        private final int tableAt;
        private final byte[][] sections = new byte[5][];

        private CraftedBytes(byte[] all) {
            header = ByteBuffer.wrap(java.util.Arrays.copyOf(all, CacheFile.BODY_START)).order(ByteOrder.LITTLE_ENDIAN);
            header.position(16);
            for (int text = 0; text < 2; text++) header.position(header.position() + 4 + header.getInt());
            header.position(header.position() + 8 + 8 + 4); // source size, time, CRC
            int bodyAt = header.position();
            tableAt = bodyAt + 8 + 4 + 4;
            for (int s = 0; s < 5; s++) {
                long offset = header.getLong(tableAt + 16 * s);
                long length = header.getLong(tableAt + 16 * s + 8);
                sections[s] = java.util.Arrays.copyOfRange(all, (int) (CacheFile.BODY_START + offset),
                        (int) (CacheFile.BODY_START + offset + length));
            }
        }

        static CraftedBytes of(Path file) throws IOException {
            return new CraftedBytes(Files.readAllBytes(file));
        }

        /** The key the entry was written for, as its header says. */
        CacheFile.Expected expected() {
            ByteBuffer h = header.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(16);
            String program = text(h);
            String context = text(h);
            return new CacheFile.Expected(program, context, new SourceKey(h.getLong(), h.getLong(), h.getInt()));
        }

        private static String text(ByteBuffer h) {
            byte[] b = new byte[h.getInt()];
            h.get(b);
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }

        byte[] section(int s) {
            return sections[s].clone();
        }

        void replaceSection(int s, byte[] bytes) {
            sections[s] = bytes.clone();
        }

        /** Overwrites an int of the header; the header checksum is recomputed on writing. */
        void putHeaderInt(int at, int value) {
            header.putInt(at, value);
        }

        void writeTo(Path file) throws IOException {
            CRC32C body = new CRC32C();
            long at = 0;
            for (int s : FILE_ORDER) {
                header.putLong(tableAt + 16 * s, at).putLong(tableAt + 16 * s + 8, sections[s].length);
                body.update(sections[s]);
                at += sections[s].length;
            }
            header.putLong(tableAt - 16, at).putInt(tableAt - 8, (int) body.getValue());
            int length = header.getInt(12);
            CRC32C crc = new CRC32C();
            crc.update(header.array(), 0, 16 + length);
            header.putInt(16 + length, (int) crc.getValue());
            try (var out = Files.newOutputStream(file)) {
                out.write(header.array());
                for (int s : FILE_ORDER) out.write(sections[s]);
            }
        }
    }
}
