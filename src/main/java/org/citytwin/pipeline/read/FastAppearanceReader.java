package org.citytwin.pipeline.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.citytwin.pipeline.read.PlateauFastReader.Decline;

/**
 * Reads a top-level CityGML 2.0 {@code app:appearanceMember} for {@link PlateauFastReader}: ParameterizedTexture
 * (imageURI, targets with TexCoordList or TexCoordGen), X3DMaterial (diffuse colour, transparency, targets) and
 * GeoreferencedTexture (reported only), as {@link AppearanceConverter} takes them from citygml4j. Nothing reaches
 * the index until the whole appearance is read, so a declined one leaves no trace for citygml4j to double.
 */
final class FastAppearanceReader {

    private static final String XLINK = "http://www.w3.org/1999/xlink";

    /** One appearance: its theme and its surface data, to apply in document order. */
    record Parsed(String theme, List<Consumer<AppearanceSink>> data) {
        void applyTo(AppearanceSink sink) {
            if (!sink.theme(theme)) return;
            data.forEach(d -> d.accept(sink));
        }
    }

    private final PlateauFastReader in;

    private FastAppearanceReader(PlateauFastReader in) {
        this.in = in;
    }

    /** At the START_ELEMENT of app:appearanceMember: its app:Appearance, read up to the member's end. */
    static Parsed member(PlateauFastReader reader) throws XMLStreamException, Decline {
        return new FastAppearanceReader(reader).member();
    }

    private Parsed member() throws XMLStreamException, Decline {
        if (in.attribute(XLINK, "href") != null) throw new Decline("appearance by reference");
        Parsed parsed = null;
        while (true) {
            int event = in.step();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (parsed != null || !is("app", "Appearance")) throw new Decline("appearance member " + in.localName());
            parsed = appearance();
        }
        if (parsed == null) throw new Decline("empty appearance member");
        return parsed;
    }

    private Parsed appearance() throws XMLStreamException, Decline {
        String theme = null;
        boolean themed = false;
        List<Consumer<AppearanceSink>> data = new ArrayList<>();
        while (true) {
            int event = in.step();
            if (event == XMLStreamConstants.END_ELEMENT) return new Parsed(theme, data);
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            String p = in.prefix();
            String local = in.localName();
            if ("gml".equals(p) && ("name".equals(local) || "description".equals(local))) {
                in.skip(false);
            } else if (is("app", "theme")) {
                if (themed || !data.isEmpty()) throw new Decline("app:theme out of place");
                theme = stripped(in.text(), "app:theme");
                themed = true;
            } else if (is("app", "surfaceDataMember")) {
                data.add(surfaceData());
            } else {
                throw new Decline("appearance " + p + ":" + local);
            }
        }
    }

    /** At app:surfaceDataMember: its one surface data, up to the member's end. */
    private Consumer<AppearanceSink> surfaceData() throws XMLStreamException, Decline {
        if (in.attribute(XLINK, "href") != null) throw new Decline("surface data by reference");
        Consumer<AppearanceSink> data = null;
        while (true) {
            int event = in.step();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (data != null) throw new Decline("two surface data in one member");
            if (is("app", "ParameterizedTexture")) {
                data = texture();
            } else if (is("app", "X3DMaterial")) {
                data = material();
            } else if (is("app", "GeoreferencedTexture")) {
                String id = IurStreamFilter.gmlId(in.stream());
                in.skip(false);
                data = sink -> sink.georeferenced(id);
            } else {
                throw new Decline("surface data " + in.prefix() + ":" + in.localName());
            }
        }
        if (data == null) throw new Decline("empty surface data member");
        return data;
    }

    private Consumer<AppearanceSink> texture() throws XMLStreamException, Decline {
        String image = null;
        List<AppearanceSink.TextureTarget> targets = new ArrayList<>();
        while (true) {
            int event = in.step();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (is("app", "imageURI")) {
                if (image != null) throw new Decline("two app:imageURI");
                image = stripped(in.text(), "app:imageURI");
            } else if (is("app", "target")) {
                AppearanceSink.TextureTarget target = textureTarget();
                if (target != null) targets.add(target);
            } else {
                in.skip(false); // mimeType, textureType, wrapMode, borderColor, isFront: not shown
            }
        }
        if (image == null) throw new Decline("texture without app:imageURI");
        String uri = image;
        return sink -> sink.texture(uri, targets);
    }

    /** At a texture's app:target: the polygon and its coordinates; null without a parameterization or a uri. */
    private AppearanceSink.TextureTarget textureTarget() throws XMLStreamException, Decline {
        if (in.attribute(XLINK, "href") != null) throw new Decline("texture parameterization by reference");
        String polygonId = AppearanceSink.stripHash(in.attribute(null, "uri"));
        Map<String, double[]> rings = null;
        boolean parameterized = false;
        while (true) {
            int event = in.step();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (parameterized) throw new Decline("two texture parameterizations");
            parameterized = true;
            if (is("app", "TexCoordList")) {
                rings = texCoordList();
            } else if (is("app", "TexCoordGen")) {
                in.skip(false); // rings stay null: not supported, reported
            } else {
                throw new Decline("texture parameterization " + in.localName());
            }
        }
        if (!parameterized || polygonId == null) return null;
        return new AppearanceSink.TextureTarget(polygonId, rings);
    }

    private Map<String, double[]> texCoordList() throws XMLStreamException, Decline {
        Map<String, double[]> rings = new HashMap<>();
        while (true) {
            int event = in.step();
            if (event == XMLStreamConstants.END_ELEMENT) return rings;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (!is("app", "textureCoordinates")) throw new Decline("TexCoordList " + in.localName());
            String ring = AppearanceSink.stripHash(in.attribute(null, "ring"));
            double[] values = doubles(in.text(), "app:textureCoordinates");
            if (ring != null) rings.put(ring, values);
        }
    }

    private Consumer<AppearanceSink> material() throws XMLStreamException, Decline {
        double[] diffuse = null;
        Double transparency = null;
        List<String> targets = new ArrayList<>();
        while (true) {
            int event = in.step();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (is("app", "diffuseColor")) {
                diffuse = doubles(in.text(), "app:diffuseColor");
                if (diffuse.length != 3) throw new Decline("app:diffuseColor of " + diffuse.length + " values");
            } else if (is("app", "transparency")) {
                double[] t = doubles(in.text(), "app:transparency");
                if (t.length != 1) throw new Decline("app:transparency of " + t.length + " values");
                transparency = t[0];
            } else if (is("app", "target")) {
                String id = AppearanceSink.stripHash(in.text());
                if (id.isEmpty()) throw new Decline("empty material target");
                targets.add(id);
            } else {
                in.skip(false); // other X3D parameters: not shown
            }
        }
        double[] colour = diffuse;
        Double alpha = transparency;
        return sink -> sink.material(colour, alpha, targets);
    }

    private boolean is(String prefix, String local) {
        return prefix.equals(in.prefix()) && local.equals(in.localName());
    }

    /** Whether citygml4j trims such text is not ours to guess: text with spaces around is declined. */
    private static String stripped(String text, String what) throws Decline {
        if (text.isEmpty() || !text.equals(text.strip())) throw new Decline(what + " '" + text + "'");
        return text;
    }

    private static double[] doubles(String text, String what) throws Decline {
        String s = text.strip();
        if (s.isEmpty()) throw new Decline("empty " + what);
        String[] tokens = s.split("[ \\t\\r\\n]+");
        double[] values = new double[tokens.length];
        try {
            for (int i = 0; i < tokens.length; i++) values[i] = Double.parseDouble(tokens[i]);
        } catch (NumberFormatException e) {
            throw new Decline(what + " '" + text + "'");
        }
        return values;
    }
}
