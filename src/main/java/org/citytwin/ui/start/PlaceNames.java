package org.citytwin.ui.start;

import org.citytwin.text.Texts;

/**
 * Readable names of places for the start page: the bundled sample's places have their own names and a line on what
 * they hold (start.place.&lt;name&gt; in the start bundle); any other place keeps the name its folder gives.
 */
final class PlaceNames {
    private PlaceNames() {
    }

    static String name(String place) {
        String key = "start.place." + place;
        String text = Texts.get(key);
        return text.equals(key) ? place : text;
    }

    static String about(String place, int files) {
        String key = "start.place." + place + ".about";
        String text = Texts.get(key, files);
        return text.equals(key) ? Texts.get("start.place.files", files) : text;
    }
}
