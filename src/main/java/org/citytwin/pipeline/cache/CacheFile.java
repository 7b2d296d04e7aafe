package org.citytwin.pipeline.cache;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.LocalFrame;
import org.citytwin.pipeline.tile.TileMesh;

/**
 * The binary cache file of one source file. Layout (little-endian):
 * <pre>
 * 0     magic "CTWCACHE", format version (int), header length n (int)
 * 16    header: program version, context, source size, time and CRC32C, body length and CRC32C, section table
 * 16+n  CRC32C of bytes 0..16+n
 * 8192  body: sections STRINGS, FILE, OBJECTS, OBJECT_INDEX, MESHES, contiguous, in this order
 * </pre>
 * Reading maps each section (FileChannel.map), checks the body's CRC32C before decoding anything, and decodes the
 * objects in chunks in parallel. Writing goes to a temporary file in the same folder, renamed over the old one.
 */
final class CacheFile {

    static final byte[] MAGIC = "CTWCACHE".getBytes(StandardCharsets.US_ASCII);
    /** Bumped whenever the layout or the meaning of a field changes. */
    static final int FORMAT_VERSION = 3; // 2: issues carry their bundle key and arguments; 3: reader, encoding, code-list, axis-order and tessellation notes too
    static final int BODY_START = 8192;
    private static final int SECTIONS = 5;
    private static final int STRINGS = 0, FILE = 1, OBJECTS = 2, OBJECT_INDEX = 3, MESHES = 4;
    private static final int CHUNK = 512;
    /** The fewest bytes one encoded object takes: eight string indices and counts, and a flag. */
    private static final int MIN_OBJECT_BYTES = 8 * 4 + 1;

    private CacheFile() {
    }

    /** Why a cache file was not used. */
    static final class Rejected extends Exception {
        final boolean corrupt;

        Rejected(boolean corrupt, String reason) {
            super(reason, null, false, false);
            this.corrupt = corrupt;
        }
    }

    /** The fields a reader must find as expected, else the file is stale. */
    record Expected(String programVersion, String context, SourceKey source) {
    }

    static void write(Path target, Expected key, CacheEntry entry) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.position(BODY_START);
                BinaryWriter out = new BinaryWriter(channel, BODY_START);
                ModelEncoder enc = new ModelEncoder(out);
                long[] starts = new long[SECTIONS + 1];
                // the string table is read first but written last: the sections are laid out after it by offset
                starts[FILE] = out.position();
                enc.file(entry.file());
                out.bool(entry.frame() != null);
                if (entry.frame() != null) {
                    out.f64(entry.frame().originLatitude());
                    out.f64(entry.frame().originLongitude());
                }
                enc.strings(entry.themes());
                out.i32(entry.dependencies().size());
                for (Dependency d : entry.dependencies()) {
                    enc.str(d.path());
                    out.i64(d.size());
                    out.i64(d.modified());
                }
                starts[OBJECTS] = out.position();
                List<CityObject> objects = entry.file().objects();
                List<Long> chunkStarts = new ArrayList<>();
                for (int i = 0; i < objects.size(); i++) {
                    if (i % CHUNK == 0) chunkStarts.add(out.position() - starts[OBJECTS]);
                    enc.object(objects.get(i));
                }
                starts[OBJECT_INDEX] = out.position();
                out.i32(objects.size());
                out.i32(chunkStarts.size());
                for (long s : chunkStarts) out.i64(s);
                starts[MESHES] = out.position();
                out.bool(entry.meshes() != null);
                if (entry.meshes() != null) {
                    out.i32(entry.meshes().size());
                    for (TileMesh m : entry.meshes()) enc.tileMesh(m);
                }
                starts[SECTIONS] = out.position();
                long stringsAt = out.position();
                enc.writeStrings();
                long end = out.position();
                int bodyCrc = out.crc();
                writeHeader(channel, key, stringsAt, starts, end, bodyCrc);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Section table as (offset from body start, length); STRINGS comes last in the file but first in the table. */
    private static void writeHeader(FileChannel channel, Expected key, long stringsAt, long[] starts, long end, int bodyCrc)
            throws IOException {
        ByteBuffer h = ByteBuffer.allocate(BODY_START).order(ByteOrder.LITTLE_ENDIAN);
        h.put(MAGIC).putInt(FORMAT_VERSION).putInt(0);
        putUtf(h, key.programVersion());
        putUtf(h, key.context());
        h.putLong(key.source().size()).putLong(key.source().modified()).putInt(key.source().crc());
        h.putLong(end - BODY_START).putInt(bodyCrc);
        h.putInt(SECTIONS);
        h.putLong(stringsAt - BODY_START).putLong(end - stringsAt);
        for (int s = FILE; s <= MESHES; s++) {
            long next = s == MESHES ? starts[SECTIONS] : starts[s + 1];
            h.putLong(starts[s] - BODY_START).putLong(next - starts[s]);
        }
        int length = h.position() - 16;
        h.putInt(12, length);
        CRC32C crc = new CRC32C();
        crc.update(h.array(), 0, h.position());
        h.putInt((int) crc.getValue());
        h.flip();
        channel.position(0);
        while (h.hasRemaining()) channel.write(h);
    }

    private static void putUtf(ByteBuffer h, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > BODY_START / 4) throw new IOException("a header text of " + b.length + " bytes does not fit");
        h.putInt(b.length).put(b);
    }

    /** The entry, or {@link Rejected} saying why not (stale or corrupt); never a partly trusted result. */
    static CacheEntry read(Path file, Expected expected) throws IOException, Rejected {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < BODY_START) throw new Rejected(true, "it is " + size + " bytes long, shorter than its header");
            ByteBuffer h = ByteBuffer.allocate(BODY_START).order(ByteOrder.LITTLE_ENDIAN);
            while (h.hasRemaining() && channel.read(h, h.position()) > 0) { }
            h.flip();
            byte[] magic = new byte[MAGIC.length];
            h.get(magic);
            if (!Arrays.equals(magic, MAGIC)) throw new Rejected(true, "it does not start with the cache magic");
            int format = h.getInt();
            if (format != FORMAT_VERSION) throw new Rejected(false, "it has format " + format + ", not " + FORMAT_VERSION);
            int length = h.getInt();
            if (length < 0 || length > BODY_START - 20) throw new Rejected(true, "its header length is " + length);
            CRC32C crc = new CRC32C();
            crc.update(h.array(), 0, 16 + length);
            if (h.getInt(16 + length) != (int) crc.getValue()) throw new Rejected(true, "its header checksum is wrong");
            h.limit(16 + length); // the fields lie inside the declared header, not in the padding after it
            try {
                String program = getUtf(h);
                if (!program.equals(expected.programVersion())) {
                    throw new Rejected(false, "it was written by program build " + program);
                }
                if (!getUtf(h).equals(expected.context())) throw new Rejected(false, "it was written for another load");
                SourceKey source = new SourceKey(h.getLong(), h.getLong(), h.getInt());
                if (!source.equals(expected.source())) throw new Rejected(false, "the source file changed");
                long bodyLength = h.getLong();
                int bodyCrc = h.getInt();
                if (BODY_START + bodyLength != size) {
                    throw new Rejected(true, "it is " + size + " bytes long instead of " + (BODY_START + bodyLength));
                }
                if (h.getInt() != SECTIONS) throw new Rejected(true, "its section table is damaged");
                long[][] sections = new long[SECTIONS][];
                for (int s = 0; s < SECTIONS; s++) sections[s] = new long[] {h.getLong(), h.getLong()};
                MappedByteBuffer[] mapped = map(channel, sections, bodyLength);
                CRC32C body = new CRC32C();
                // file order: FILE, OBJECTS, OBJECT_INDEX, MESHES, STRINGS
                for (int s : new int[] {FILE, OBJECTS, OBJECT_INDEX, MESHES, STRINGS}) body.update(mapped[s].duplicate());
                if ((int) body.getValue() != bodyCrc) throw new Rejected(true, "its body checksum is wrong");
                if (h.hasRemaining()) throw new Rejected(true, "its header has " + h.remaining() + " bytes left over");
                return decode(mapped);
            } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                     | CorruptCacheException | NegativeArraySizeException e) {
                throw new Rejected(true, "it does not decode (" + e.getMessage() + ")");
            } catch (RuntimeException e) {
                // a record that refuses what was decoded (a null where none is allowed): still not to be trusted
                throw new Rejected(true, "it does not decode (" + e + ")");
            }
        }
    }

    private static MappedByteBuffer[] map(FileChannel channel, long[][] sections, long bodyLength)
            throws IOException, Rejected {
        long at = 0;
        MappedByteBuffer[] mapped = new MappedByteBuffer[SECTIONS];
        for (int s : new int[] {FILE, OBJECTS, OBJECT_INDEX, MESHES, STRINGS}) {
            long offset = sections[s][0];
            long length = sections[s][1];
            if (offset != at || length < 0 || length > Integer.MAX_VALUE) throw new Rejected(true, "its section table is damaged");
            mapped[s] = channel.map(FileChannel.MapMode.READ_ONLY, BODY_START + offset, length);
            at += length;
        }
        if (at != bodyLength) throw new Rejected(true, "its sections do not fill its body");
        return mapped;
    }

    private static String getUtf(ByteBuffer h) {
        int n = h.getInt();
        if (n < 0 || n > h.remaining()) throw new CorruptCacheException("a header text of " + n + " bytes");
        byte[] b = new byte[n];
        h.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static CacheEntry decode(MappedByteBuffer[] mapped) {
        BinaryReader stringsIn = new BinaryReader(mapped[STRINGS]);
        String[] strings = ModelDecoder.readStrings(stringsIn);
        stringsIn.expectEnd("the string table");
        BinaryReader index = new BinaryReader(mapped[OBJECT_INDEX]);
        int count = index.count(0);
        if ((long) count * MIN_OBJECT_BYTES > mapped[OBJECTS].capacity()) {
            throw new CorruptCacheException(count + " objects in " + mapped[OBJECTS].capacity() + " bytes");
        }
        int chunks = index.count(8);
        if (chunks != (count + CHUNK - 1) / CHUNK) throw new CorruptCacheException("an object index of " + chunks);
        long[] starts = new long[chunks + 1];
        for (int c = 0; c < chunks; c++) starts[c] = index.i64();
        index.expectEnd("the object index");
        starts[chunks] = mapped[OBJECTS].capacity();
        if (chunks > 0 && starts[0] != 0) throw new CorruptCacheException("a first object chunk at " + starts[0]);
        CityObject[] objects = new CityObject[count];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            if (starts[c] < 0 || starts[c] > starts[c + 1] || starts[c + 1] > mapped[OBJECTS].capacity()) {
                throw new CorruptCacheException("an object chunk at " + starts[c]);
            }
            ByteBuffer slice = mapped[OBJECTS].slice((int) starts[c], (int) (starts[c + 1] - starts[c]));
            BinaryReader chunk = new BinaryReader(slice);
            ModelDecoder dec = new ModelDecoder(chunk, strings);
            for (int i = c * CHUNK, end = Math.min(count, i + CHUNK); i < end; i++) objects[i] = dec.object();
            chunk.expectEnd("object chunk " + c);
        });
        BinaryReader fileIn = new BinaryReader(mapped[FILE]);
        ModelDecoder fileDec = new ModelDecoder(fileIn, strings);
        CityFile cityFile = fileDec.file(List.of(objects));
        LocalFrame frame = fileIn.bool() ? new LocalFrame(fileIn.f64(), fileIn.f64()) : null;
        List<String> themes = fileDec.strings();
        int n = fileIn.count(20);
        List<Dependency> dependencies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) dependencies.add(new Dependency(fileDec.str(), fileIn.i64(), fileIn.i64()));
        fileIn.expectEnd("the file section");
        BinaryReader meshIn = new BinaryReader(mapped[MESHES]);
        List<TileMesh> meshes = null;
        if (meshIn.bool()) {
            ModelDecoder meshDec = new ModelDecoder(meshIn, strings);
            int m = meshIn.count(20);
            meshes = new ArrayList<>(m);
            for (int i = 0; i < m; i++) meshes.add(meshDec.tileMesh());
        }
        meshIn.expectEnd("the mesh section");
        return new CacheEntry(cityFile, frame, themes, dependencies, meshes);
    }
}
