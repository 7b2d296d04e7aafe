package org.citytwin.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads coordinates straight from the XML text, independently of the loader. */
final class RawCoordinates {

    private RawCoordinates() {
    }

    /** The first point (three numbers) of the first gml:posList after the given gml:id. */
    static double[] firstPointAfter(Path file, String gmlId) throws IOException {
        String xml = Files.readString(file);
        int start = xml.indexOf("gml:id=\"" + gmlId + "\"");
        if (start < 0) throw new IllegalArgumentException(gmlId + " not in " + file);
        Matcher m = Pattern.compile("<gml:posList[^>]*>\\s*([-0-9.eE]+)\\s+([-0-9.eE]+)\\s+([-0-9.eE]+)").matcher(xml);
        if (!m.find(start)) throw new IllegalArgumentException("no posList after " + gmlId);
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))};
    }
}
