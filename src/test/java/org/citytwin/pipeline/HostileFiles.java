package org.citytwin.pipeline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Generates the hostile test inputs: CityGML files with chosen references, image bombs, damaged images. */
public final class HostileFiles {

    private HostileFiles() {
    }

    /**
     * A CityGML 2.0 file (local metres) with one textured building per image URI (building "b{i}", polygon
     * "poly_{i}", image i on it); {@code firstBuildingExtras} goes into building b0 before its geometry (coded
     * attributes, xlinked members), {@code rootAttributes} into the CityModel tag (e.g. xsi:schemaLocation).
     */
    public static String texturedModel(List<String> imageUris, String firstBuildingExtras, String rootAttributes) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:gml="http://www.opengis.net/gml"
                    xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0"
                    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:xi="http://www.w3.org/2001/XInclude" xmlns:test="http://example.com/test-ade" %s>
                  <app:appearanceMember><app:Appearance><app:theme>rgbTexture</app:theme>
                """.formatted(rootAttributes));
        for (int i = 0; i < imageUris.size(); i++) {
            sb.append("""
                        <app:surfaceDataMember><app:ParameterizedTexture><app:imageURI>%s</app:imageURI>
                          <app:target uri="#poly_%d"><app:TexCoordList>
                            <app:textureCoordinates ring="#ring_%d">0 0 1 0 1 1 0 1 0 0</app:textureCoordinates>
                          </app:TexCoordList></app:target>
                        </app:ParameterizedTexture></app:surfaceDataMember>
                    """.formatted(xml(imageUris.get(i)), i, i));
        }
        sb.append("  </app:Appearance></app:appearanceMember>\n");
        for (int i = 0; i < imageUris.size(); i++) {
            double x = 20.0 * i;
            sb.append("""
                      <core:cityObjectMember>
                        <bldg:Building gml:id="b%d">
                          %s
                          <bldg:lod2MultiSurface><gml:MultiSurface>
                            <gml:surfaceMember><gml:Polygon gml:id="poly_%d"><gml:exterior><gml:LinearRing gml:id="ring_%d">
                              <gml:posList>%s 0 10 %s 0 10 %s 10 10 %s 10 10 %s 0 10</gml:posList>
                            </gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
                          </gml:MultiSurface></bldg:lod2MultiSurface>
                        </bldg:Building>
                      </core:cityObjectMember>
                    """.formatted(i, i == 0 ? firstBuildingExtras : "", i, i, x, x + 10, x + 10, x, x));
        }
        sb.append("</core:CityModel>\n");
        return sb.toString();
    }

    /** A gml:Dictionary code list with one code. */
    public static String codeList(String code, String label) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <gml:Dictionary xmlns:gml="http://www.opengis.net/gml" gml:id="cl"><gml:name>list</gml:name>
                  <gml:dictionaryEntry><gml:Definition gml:id="d1"><gml:description>%s</gml:description><gml:name>%s</gml:name></gml:Definition></gml:dictionaryEntry>
                </gml:Dictionary>
                """.formatted(label, code);
    }

    /** A real PNG of one colour. */
    public static byte[] png(int width, int height, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, rgb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * A PNG of a few dozen bytes whose header declares {@code width} × {@code height} RGB pixels (an image bomb:
     * a decoder trusting the header allocates width × height × 3 bytes). Chunk CRCs are valid.
     */
    public static byte[] pngBomb(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[16]);
        deflater.finish();
        byte[] buffer = new byte[64];
        int n = deflater.deflate(buffer);
        byte[] idat = java.util.Arrays.copyOf(buffer, n);
        return pngOf(ihdr.array(), idat);
    }

    /** A PNG with a valid 16 × 16 header whose image data is no zlib stream: only decoding finds the damage. */
    public static byte[] pngWithDamagedData() {
        byte[] ihdr = ByteBuffer.allocate(13).putInt(16).putInt(16).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        return pngOf(ihdr, "this is not deflate data at all, just text".getBytes(StandardCharsets.US_ASCII));
    }

    /** A JPEG whose Huffman table is overwritten with garbage (a damaged download). */
    public static byte[] jpegWithDamagedTables() throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        byte[] b = out.toByteArray();
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xC4) { // DHT marker: its 16 code-length counts
                for (int k = i + 5; k < i + 21 && k < b.length; k++) b[k] = (byte) 0xFF;
                return b;
            }
        }
        throw new IllegalStateException("the JPEG writer wrote no Huffman table");
    }

    private static byte[] pngOf(byte[] ihdr, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Writes {@code text} as UTF-8, creating parent folders. */
    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Writes {@code bytes}, creating parent folders. */
    public static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
