package org.citytwin.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.MeasuredHeight;
import org.citytwin.text.Texts;

/**
 * What tells a person which object this is (search results, hover label): its name, what it is in words and its
 * height, then its address and the file it came from, e.g. "Tower · Building · 48.7 m" over "東京都大田区羽田空港三丁目 ·
 * 53392633_bldg_6697_2_op.gml". The gml:id (a UUID in PLATEAU data) stands in, shortened, only when there is no name.
 */
public final class ObjectDescription {
    static final String SEPARATOR = " · ";
    /** Key prefixes in the search bundle, completed by an enum name (search.kind.BUILDING, search.network.GAS, …). */
    private static final String KIND = "search.kind.", NETWORK = "search.network.", ELEMENT = "search.element.";

    private ObjectDescription() {
    }

    /** Two lines: what it is (name, kind, height), then where it is (address, file); the second only when known. */
    public static String of(CityObject o) {
        List<String> what = new ArrayList<>();
        String name = name(o);
        what.add(name != null ? name : shortId(o.id()));
        what.add(o.utility() != null // "Gas pipe", "Sewer manhole": network and element
                ? Texts.get("search.utility", Texts.get(NETWORK + o.utility().type().name()), element(o.utility().elementClass()))
                : Texts.get(KIND + o.kind().name()));
        OptionalDouble h = MeasuredHeight.of(o);
        if (h.isPresent()) what.add(Texts.get("search.height", h.getAsDouble()));
        List<String> where = new ArrayList<>();
        String address = address(o.attributes(), false);
        if (address != null) where.add(address);
        if (o.sourceFile() != null) where.add(o.sourceFile().replaceAll(".*[/\\\\]", ""));
        return String.join(SEPARATOR, what) + (where.isEmpty() ? "" : "\n" + String.join(SEPARATOR, where));
    }

    /** "OilGasChemicalsPipe" → "pipe", "Manhole" → "manhole": the element class in words. */
    static String element(String elementClass) {
        if (elementClass == null || elementClass.isBlank()) return Texts.get(ELEMENT + "other");
        String c = elementClass.toLowerCase(java.util.Locale.ROOT);
        for (String e : List.of("pipe", "cable", "duct", "manhole", "handhole", "appurtenance")) {
            if (c.endsWith(e)) return Texts.get(ELEMENT + e);
        }
        return elementClass;
    }

    /** The object's name: its gml:name, or a gml:name attribute; null when it has none. */
    static String name(CityObject o) {
        if (o.name() != null && !o.name().isBlank()) return o.name().strip();
        for (Attribute a : o.attributes()) {
            if ("gml:name".equals(a.name()) && a.value() != null && !a.value().isBlank()) return a.value().strip();
        }
        return null;
    }

    /** A UUID-like id cut after its first group ("bldg_bdc161ef…"): enough to tell rows apart, short enough to read. */
    static String shortId(String id) {
        int dash = id.indexOf('-');
        return dash > 0 && id.length() > dash + 8 ? id.substring(0, dash) + "…" : id;
    }

    /**
     * The address as written: the values under an address attribute (xAL parts), country left out, joined by spaces;
     * null when there is none.
     */
    static String address(List<Attribute> attributes, boolean inAddress) {
        for (Attribute a : attributes) {
            String n = a.name() == null ? "" : a.name().toLowerCase(java.util.Locale.ROOT);
            boolean address = inAddress || n.contains("address");
            if (!address) continue;
            List<String> values = new ArrayList<>();
            collect(a, values);
            if (!values.isEmpty()) return String.join(" ", values);
        }
        return null;
    }

    private static void collect(Attribute a, List<String> into) {
        String n = a.name() == null ? "" : a.name();
        if (n.endsWith("CountryName")) return; // every PLATEAU address is in 日本
        String v = a.label() != null ? a.label() : a.value();
        if (v != null && !v.isBlank()) into.add(v.strip());
        for (Attribute c : a.children()) collect(c, into);
    }
}
