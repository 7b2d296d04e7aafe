package org.citytwin.pipeline.texture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.citytwin.model.IssueMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads texture images with ImageIO (JPEG, PNG, and TIFF, which ImageIO reads since Java 9 and JavaFX
 * cannot). Sizes are read from the header alone, so an atlas can be laid out before any image is decoded,
 * and images are then decoded one at a time. The header is trusted for nothing: an image declaring more than
 * {@link #MAX_SIDE} pixels a side is never decoded (a 69-byte PNG can declare 26000 × 26000 pixels, 2.5 GB
 * once decoded), and the atlases of one load keep at most a texture-memory budget ({@link #BUDGET_PROPERTY},
 * MiB, default 1024). Every image refused or not readable is remembered with the reason, for the load's
 * issues; it gives null, and its surfaces keep their plain colour. One instance per load; thread-safe.
 */
public class TextureImages {

    /** Largest width or height decoded, in pixels. */
    public static final int MAX_SIDE = 8192;
    /** System property: the texture-memory budget of one load in MiB. */
    public static final String BUDGET_PROPERTY = "citytwin.textureBudgetMiB";
    static final long DEFAULT_BUDGET_MIB = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TextureImages.class);

    private final long budget;
    private long reserved;
    private final Map<String, IssueMessage> refusals = new LinkedHashMap<>();

    /** With the budget {@link #BUDGET_PROPERTY} sets, else 1 GiB. */
    public TextureImages() {
        this(defaultBudget());
    }

    /** @param budgetBytes the memory the atlases of this load may keep */
    public TextureImages(long budgetBytes) {
        this.budget = Math.max(0, budgetBytes);
    }

    /** The budget {@link #BUDGET_PROPERTY} sets, in bytes; 1 GiB when unset or not a positive number. */
    public static long defaultBudget() {
        String value = System.getProperty(BUDGET_PROPERTY);
        try {
            long mib = value == null ? DEFAULT_BUDGET_MIB : Long.parseLong(value.strip());
            return (mib > 0 ? mib : DEFAULT_BUDGET_MIB) << 20;
        } catch (NumberFormatException e) {
            return DEFAULT_BUDGET_MIB << 20;
        }
    }

    /** Width and height in pixels, or null when the file is no readable image or is too large to decode. */
    public int[] size(String path) {
        try {
            return withReader(path, reader -> {
                int w = reader.getWidth(0), h = reader.getHeight(0);
                return accepted(path, w, h) ? new int[] {w, h} : null;
            });
        } catch (IOException | RuntimeException e) {
            LOG.debug("Texture {} header unreadable", path, e);
            refuse(path, IssueMessage.of("issues.texture.why.header"));
            return null;
        }
    }

    /** The decoded image, or null when it cannot be read or is too large (its header is checked again first). */
    public BufferedImage read(String path) {
        try {
            return withReader(path, reader -> accepted(path, reader.getWidth(0), reader.getHeight(0)) ? reader.read(0) : null);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Texture {} not decoded", path, e);
            refuse(path, IssueMessage.of("issues.texture.why.damaged"));
            return null;
        } catch (OutOfMemoryError e) {
            refuse(path, IssueMessage.of("issues.texture.why.memory"));
            return null;
        }
    }

    private interface ReaderUse<T> {
        T apply(ImageReader reader) throws IOException;
    }

    /** Opens the image with the reader its header asks for; a file no reader knows is refused (null). */
    private <T> T withReader(String path, ReaderUse<T> use) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(Path.of(path).toFile())) {
            ImageReader reader = in == null ? null : readerFor(in);
            if (reader == null) {
                refuse(path, IssueMessage.of("issues.texture.why.format"));
                return null;
            }
            try {
                reader.setInput(in, true, true);
                return use.apply(reader);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Takes {@code bytes} of the load's texture memory for an atlas; false (nothing taken) when that would
     * exceed the budget.
     */
    public synchronized boolean reserve(long bytes) {
        if (reserved + bytes > budget) return false;
        reserved += bytes;
        return true;
    }

    /** The budget in bytes. */
    public long budget() {
        return budget;
    }

    /** The budget as a person reads it: "1024 MiB", "64 KiB". */
    public String budgetText() {
        return budget >= 1L << 20 ? (budget >> 20) + " MiB" : (budget >> 10) + " KiB";
    }

    /** Records that the image at {@code path} is not shown, and why (a clause following the image's name). */
    public synchronized void refuse(String path, IssueMessage why) {
        if (refusals.putIfAbsent(path, why) == null) LOG.warn("Texture {} {}", path, why.english());
    }

    /** Image path → why it is not shown, in the order met. */
    public synchronized Map<String, IssueMessage> refusals() {
        return new LinkedHashMap<>(refusals);
    }

    private boolean accepted(String path, int w, int h) {
        if (w <= 0 || h <= 0) {
            refuse(path, IssueMessage.of("issues.texture.why.no-size", String.valueOf(w), String.valueOf(h)));
            return false;
        }
        if (w > MAX_SIDE || h > MAX_SIDE) {
            refuse(path, IssueMessage.of("issues.texture.why.too-large", String.valueOf(w), String.valueOf(h), String.valueOf(MAX_SIDE)));
            return false;
        }
        return true;
    }

    private static ImageReader readerFor(ImageInputStream in) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        return readers.hasNext() ? readers.next() : null;
    }
}
