package org.citytwin.pipeline.texture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads texture images with ImageIO (JPEG, PNG, and TIFF, which ImageIO reads since Java 9 and JavaFX
 * cannot). Sizes are read from the header alone, so an atlas can be laid out before any image is decoded,
 * and images are then decoded one at a time. A file that cannot be read gives null (logged once per call).
 */
public class TextureImages {

    private static final Logger LOG = LoggerFactory.getLogger(TextureImages.class);

    /** Width and height in pixels, or null when the file is not a readable image. */
    public int[] size(String path) {
        try (ImageInputStream in = ImageIO.createImageInputStream(Path.of(path).toFile())) {
            if (in == null) return null;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                LOG.warn("No image reader for texture {}", path);
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Texture {} could not be read: {}", path, e.toString());
            return null;
        }
    }

    /** The decoded image, or null when it cannot be read. */
    public BufferedImage read(String path) {
        try {
            BufferedImage image = ImageIO.read(Path.of(path).toFile());
            if (image == null) LOG.warn("No image reader for texture {}", path);
            return image;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Texture {} could not be decoded: {}", path, e.toString());
            return null;
        }
    }
}
