package org.citytwin.pipeline.appearance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.SurfaceLook;

/**
 * The appearance of one file's surfaces in the chosen theme, addressed by gml:id: textures per polygon,
 * material colours per polygon or surface aggregate. Filled by the reader (global appearances on the reading
 * thread, appearances inside a feature on the worker building it, before its surfaces are tessellated) and
 * read by the object builders; thread-safe. gml:ids are unique per file, so one map serves both.
 */
public final class AppearanceIndex {

    /** Name used for appearances without {@code app:theme}. */
    public static final String NO_THEME = "";

    private final String requestedTheme;
    private final TextureFiles textureFiles;
    private final Set<String> themes = new LinkedHashSet<>();
    private String theme;
    private final Map<String, TexturedPolygon> textures = new ConcurrentHashMap<>();
    private final Map<String, SurfaceLook> materials = new ConcurrentHashMap<>();
    private final List<LoadIssue> issues = new ArrayList<>();
    private final Set<String> reported = new LinkedHashSet<>();
    private volatile boolean late;

    /** @param theme the theme to show, or null for the first theme met in the file */
    public AppearanceIndex(String theme, TextureFiles textureFiles) {
        this.requestedTheme = theme;
        this.textureFiles = textureFiles;
    }

    public TextureFiles textureFiles() {
        return textureFiles;
    }

    /** Records a theme name and says whether surface data of this theme is shown. */
    public synchronized boolean acceptTheme(String name) {
        String n = name == null ? NO_THEME : name;
        themes.add(n);
        if (theme == null) theme = requestedTheme != null ? requestedTheme : n;
        return Objects.equals(theme, n);
    }

    /** Every theme met so far, in file order. */
    public synchronized List<String> themes() {
        return List.copyOf(themes);
    }

    /** The theme shown (null before any appearance was read). */
    public synchronized String theme() {
        return theme;
    }

    /** Notes that a global appearance came after city objects (which were built without it). */
    public void markLate() {
        late = true;
    }

    /** True when a global appearance followed city objects: the file must be read again to apply it. */
    public boolean isLate() {
        return late;
    }

    public void putTexture(String polygonId, TexturedPolygon texture) {
        textures.putIfAbsent(polygonId, texture);
    }

    public void putMaterial(String surfaceId, SurfaceLook material) {
        materials.putIfAbsent(surfaceId, material);
    }

    public boolean isEmpty() {
        return textures.isEmpty() && materials.isEmpty();
    }

    /** The texture of a polygon, or null. */
    public TexturedPolygon texture(String polygonId) {
        return polygonId == null ? null : textures.get(polygonId);
    }

    /** The material colour of a polygon or, failing that, of its enclosing aggregate; null when none. */
    public SurfaceLook material(String polygonId, String parentId) {
        SurfaceLook look = polygonId == null ? null : materials.get(polygonId);
        if (look == null && parentId != null) look = materials.get(parentId);
        return look;
    }

    /** Adds an issue once per key (e.g. one note per unsupported texture kind per file). */
    public synchronized void reportOnce(String key, LoadIssue issue) {
        if (reported.add(key)) issues.add(issue);
    }

    /** Issues of the appearance (unsupported content, missing images). */
    public synchronized List<LoadIssue> issues() {
        List<LoadIssue> all = new ArrayList<>(issues);
        all.addAll(textureFiles.issues());
        return all;
    }
}
