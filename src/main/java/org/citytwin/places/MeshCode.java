package org.citytwin.places;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lat/lon box of a Japanese standard grid square (JIS X 0410 mesh code: 6 or 8 digits) that PLATEAU puts at
 * in every file name (53394525_bldg_..., sewer_53403039_unf_...), so files can be placed on the map without reading them.
 */
public final class MeshCode {
    private static final Pattern LEADING = Pattern.compile("(?:^|_)(\\d{8}|\\d{6})(?=[_.])");

    private MeshCode() {
    }

    /** @return the box of the first mesh code among the file name's _-separated parts, or empty when the name does not start with one */
    public static Optional<LatLonBox> boxOf(String fileName) {
        Matcher m = LEADING.matcher(fileName);
        if (!m.find()) return Optional.empty();
        String c = m.group(1);
        double south = Integer.parseInt(c.substring(0, 2)) / 1.5;
        double west = Integer.parseInt(c.substring(2, 4)) + 100;
        double dLat = 2.0 / 3.0, dLon = 1.0;
        if (c.length() >= 6) {
            int r = c.charAt(4) - '0', q = c.charAt(5) - '0';
            if (r > 7 || q > 7) return Optional.empty();
            dLat /= 8;
            dLon /= 8;
            south += r * dLat;
            west += q * dLon;
        }
        if (c.length() == 8) {
            dLat /= 10;
            dLon /= 10;
            south += (c.charAt(6) - '0') * dLat;
            west += (c.charAt(7) - '0') * dLon;
        }
        return Optional.of(new LatLonBox(south, west, south + dLat, west + dLon));
    }
}
