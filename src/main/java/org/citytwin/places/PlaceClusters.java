package org.citytwin.places;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Groups files into places by single linkage: two files are in one place when a chain of files links them with gaps
 * under {@link #DEFAULT_GAP_METRES}. Far-apart cities in one folder (the bundled sample spans Saitama, Tokyo, Chiba
 * and Hiroshima) thus become separate places to fly to, fit and frame.
 */
public final class PlaceClusters {
    public static final double DEFAULT_GAP_METRES = 10_000;
    /** A PLATEAU dataset folder: 5-digit city code, then the municipality, e.g. 13104_shinjuku-ku_2023_citygml_op. */
    private static final Pattern CITY_FOLDER = Pattern.compile("^(\\d{5})_([^_]+)");

    private PlaceClusters() {
    }

    /** Clusters the CityGML files under the paths by the mesh codes in their names; files without one are left out. */
    public static List<Place> ofFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".gml")).sorted().forEach(files::add);
                }
            } else {
                files.add(root);
            }
        }
        Map<Path, LatLonBox> boxes = new LinkedHashMap<>();
        for (Path f : files) MeshCode.boxOf(f.getFileName().toString()).ifPresent(b -> boxes.put(f, b));
        return cluster(boxes, DEFAULT_GAP_METRES, PlaceClusters::label);
    }

    /** Single-linkage clustering of the boxes; places come largest first, each named by its most frequent label. */
    public static List<Place> cluster(Map<Path, LatLonBox> boxes, double gapMetres, Function<Path, String> labeller) {
        List<Path> keys = new ArrayList<>(boxes.keySet());
        int[] parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (boxes.get(keys.get(i)).gapMetres(boxes.get(keys.get(j))) <= gapMetres) parent[find(parent, i)] = find(parent, j);
            }
        }
        Map<Integer, List<Path>> groups = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(keys.get(i));
        List<Place> places = new ArrayList<>();
        for (List<Path> g : groups.values()) {
            LatLonBox box = boxes.get(g.get(0));
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (Path p : g) {
                box = box.union(boxes.get(p));
                votes.merge(labeller.apply(p), 1, Integer::sum);
            }
            String name = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            places.add(new Place(name, List.copyOf(g), box));
        }
        places.sort(Comparator.comparingInt((Place p) -> -p.files().size()).thenComparing(Place::name));
        return places;
    }

    /**
     * The municipality of a PLATEAU dataset folder above the file (13104_shinjuku-ku_... gives shinjuku-ku), else
     * the name of the folder above the udx folder, else the file's own folder.
     */
    public static String label(Path file) {
        Optional<String> city = Optional.empty();
        Path datasetFolder = null;
        for (Path p = file.getParent(); p != null && p.getFileName() != null; p = p.getParent()) {
            String n = p.getFileName().toString();
            Matcher m = CITY_FOLDER.matcher(n);
            if (m.find() && city.isEmpty()) city = Optional.of(m.group(2));
            if (n.equals("udx") && p.getParent() != null && p.getParent().getFileName() != null) datasetFolder = p.getParent();
        }
        if (city.isPresent()) return city.get();
        if (datasetFolder != null) return datasetFolder.getFileName().toString();
        Path parent = file.getParent();
        return parent == null || parent.getFileName() == null ? file.getFileName().toString() : parent.getFileName().toString();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
}
