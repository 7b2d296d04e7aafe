package org.citytwin.pipeline.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports bytes consumed so a load can show progress per file. */
final class CountingInputStream extends FilterInputStream {
    private final LongConsumer progress;
    private long count;
    private long reported;

    CountingInputStream(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) advance(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) advance(n);
        return n;
    }

    private void advance(long n) {
        count += n;
        if (count - reported >= 256 * 1024) {
            reported = count;
            progress.accept(count);
        }
    }
}
