package org.citytwin.pipeline.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Little-endian primitives and whole arrays streamed to a file channel through one direct buffer, with a
 * CRC32C of every byte written. Arrays go in bulk (a view buffer per chunk), not element by element.
 */
final class BinaryWriter {

    private final FileChannel channel;
    private final ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C crc = new CRC32C();
    private long flushed;

    /** Writes from the channel's current position, which counts as position {@code start}. */
    BinaryWriter(FileChannel channel, long start) {
        this.channel = channel;
        this.flushed = start;
    }

    long position() {
        return flushed + buf.position();
    }

    /** CRC32C of everything written so far (flushes). */
    int crc() {
        flush();
        return (int) crc.getValue();
    }

    void flush() {
        buf.flip();
        crc.update(buf.duplicate());
        try {
            while (buf.hasRemaining()) flushed += channel.write(buf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buf.clear();
    }

    private void room(int bytes) {
        if (buf.remaining() < bytes) flush();
    }

    void i8(int v) {
        room(1);
        buf.put((byte) v);
    }

    void bool(boolean v) {
        i8(v ? 1 : 0);
    }

    void i32(int v) {
        room(4);
        buf.putInt(v);
    }

    void i64(long v) {
        room(8);
        buf.putLong(v);
    }

    void f64(double v) {
        room(8);
        buf.putDouble(v);
    }

    /** A string written in place (header text); the body refers to its string table instead. */
    void utf(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        i32(b.length);
        bytes(b);
    }

    void bytes(byte[] b) {
        int off = 0;
        while (off < b.length) {
            room(1);
            int n = Math.min(buf.remaining(), b.length - off);
            buf.put(b, off, n);
            off += n;
        }
    }

    /** Length (-1 for null) then the values. */
    void doubles(double[] a) {
        if (a == null) {
            i32(-1);
            return;
        }
        i32(a.length);
        int off = 0;
        while (off < a.length) {
            room(8);
            int n = Math.min(buf.remaining() / 8, a.length - off);
            buf.asDoubleBuffer().put(a, off, n);
            buf.position(buf.position() + n * 8);
            off += n;
        }
    }

    void floats(float[] a) {
        if (a == null) {
            i32(-1);
            return;
        }
        i32(a.length);
        int off = 0;
        while (off < a.length) {
            room(4);
            int n = Math.min(buf.remaining() / 4, a.length - off);
            buf.asFloatBuffer().put(a, off, n);
            buf.position(buf.position() + n * 4);
            off += n;
        }
    }

    void ints(int[] a) {
        if (a == null) {
            i32(-1);
            return;
        }
        i32(a.length);
        int off = 0;
        while (off < a.length) {
            room(4);
            int n = Math.min(buf.remaining() / 4, a.length - off);
            buf.asIntBuffer().put(a, off, n);
            buf.position(buf.position() + n * 4);
            off += n;
        }
    }
}
