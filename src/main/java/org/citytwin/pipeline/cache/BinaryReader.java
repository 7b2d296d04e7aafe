package org.citytwin.pipeline.cache;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link BinaryWriter} wrote from a (mapped) buffer. Lengths are checked against what is left, so a
 * damaged section fails with {@link CorruptCacheException} instead of allocating a wild array.
 */
final class BinaryReader {

    private final ByteBuffer buf;

    BinaryReader(ByteBuffer buffer) {
        this.buf = buffer.order(ByteOrder.LITTLE_ENDIAN);
    }

    int position() {
        return buf.position();
    }

    int remaining() {
        return buf.remaining();
    }

    int i8() {
        return buf.get();
    }

    boolean bool() {
        int v = buf.get();
        if (v != 0 && v != 1) throw new CorruptCacheException("a flag byte is " + v);
        return v == 1;
    }

    int i32() {
        return buf.getInt();
    }

    long i64() {
        return buf.getLong();
    }

    double f64() {
        return buf.getDouble();
    }

    /** Fails unless the section or chunk was read to its last byte: its declared size must match its content. */
    void expectEnd(String what) {
        if (buf.hasRemaining()) throw new CorruptCacheException(what + " has " + buf.remaining() + " bytes left over");
    }

    /** A count of items each at least {@code minBytes} long, checked against what is left. */
    int count(int minBytes) {
        int n = buf.getInt();
        if (n < 0 || (long) n * minBytes > buf.remaining()) throw new CorruptCacheException("a count of " + n);
        return n;
    }

    String utf() {
        byte[] b = new byte[count(1)];
        buf.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private int arrayLength(int elementBytes) {
        int n = buf.getInt();
        if (n == -1) return -1;
        if (n < 0 || (long) n * elementBytes > buf.remaining()) throw new CorruptCacheException("an array of " + n);
        return n;
    }

    double[] doubles() {
        int n = arrayLength(8);
        if (n < 0) return null;
        double[] a = new double[n];
        buf.asDoubleBuffer().get(a);
        buf.position(buf.position() + n * 8);
        return a;
    }

    float[] floats() {
        int n = arrayLength(4);
        if (n < 0) return null;
        float[] a = new float[n];
        buf.asFloatBuffer().get(a);
        buf.position(buf.position() + n * 4);
        return a;
    }

    int[] ints() {
        int n = arrayLength(4);
        if (n < 0) return null;
        int[] a = new int[n];
        buf.asIntBuffer().get(a);
        buf.position(buf.position() + n * 4);
        return a;
    }
}
