package org.citytwin.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetLoader;
import org.citytwin.pipeline.LoadProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diff of a real PLATEAU tile (Niiza, 657 LOD1 buildings) against a copy this test edits: one building removed,
 * one attribute changed, one moved by about 1.1 m, one added far away, one whose gml:id was rewritten (paired by
 * its 建物ID), one whose gml:id and 建物ID were both rewritten (paired by footprint, changed by its 建物ID).
 */
class ObjectDiffTest {

    private static final Path TILE = Path.of("sample-citygml/11230_niiza-shi_2020_lod1-full-tile_citygml-osm/udx/bldg/53395404_bldg_6697_op.gml");
    private static final String MEMBER = "<core:cityObjectMember>";

    @TempDir
    static Path dir;
    static List<CityObject> a;
    static List<CityObject> b;
    static List<String> members;

    @BeforeAll
    static void loadBoth() throws Exception {
        String text = Files.readString(TILE, StandardCharsets.UTF_8);
        int first = text.indexOf(MEMBER);
        int end = text.lastIndexOf("</core:CityModel>");
        String head = text.substring(0, first);
        members = new ArrayList<>();
        for (String m : text.substring(first, end).split(Pattern.quote(MEMBER))) {
            if (!m.isBlank()) members.add(MEMBER + m);
        }
        List<String> edited = new ArrayList<>(members);
        edited.set(3, edited.get(3).replaceFirst("<bldg:measuredHeight uom=\"m\">[^<]*<", "<bldg:measuredHeight uom=\"m\">99.5<"));
        edited.set(4, shiftLatitudes(edited.get(4), 0.00001));
        edited.set(5, edited.get(5).replaceFirst("gml:id=\"[^\"]*\"", "gml:id=\"renamed-by-survey\""));
        edited.set(6, edited.get(6).replaceFirst("gml:id=\"[^\"]*\"", "gml:id=\"renamed-twice\"")
                .replaceFirst("<gen:value>[^<]*</gen:value>", "<gen:value>11230-bldg-new</gen:value>"));
        String added = shiftLatitudes(members.get(7), 0.05).replaceFirst("gml:id=\"[^\"]*\"", "gml:id=\"added-building\"")
                .replaceFirst("<gen:value>[^<]*</gen:value>", "<gen:value>11230-bldg-added</gen:value>");
        edited.add(added);
        edited.remove(2);
        Path fileA = dir.resolve("a/tile.gml"), fileB = dir.resolve("b/tile.gml");
        Files.createDirectories(fileA.getParent());
        Files.createDirectories(fileB.getParent());
        Files.writeString(fileA, text, StandardCharsets.UTF_8);
        Files.writeString(fileB, head + String.join("", edited) + "</core:CityModel>\n", StandardCharsets.UTF_8);
        try (DatasetLoader loader = new DatasetLoader(new CrsResolver())) {
            a = objects(loader, fileA);
            b = objects(loader, fileB);
        }
    }

    private static List<CityObject> objects(DatasetLoader loader, Path file) {
        return loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0).objects();
    }

    /** Adds {@code degrees} to every latitude (first of each lat lon h triple) inside the member's posLists. */
    private static String shiftLatitudes(String member, double degrees) {
        Matcher m = Pattern.compile("<gml:posList>([^<]*)</gml:posList>").matcher(member);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] n = m.group(1).trim().split("\\s+");
            for (int i = 0; i < n.length; i += 3) n[i] = String.valueOf(Double.parseDouble(n[i]) + degrees);
            m.appendReplacement(out, "<gml:posList>" + String.join(" ", n) + "</gml:posList>");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String id(int member) {
        Matcher m = Pattern.compile("gml:id=\"([^\"]*)\"").matcher(members.get(member));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void countsEveryKindOfChangeExactly() {
        assertThat(a).hasSize(657);
        DiffResult diff = ObjectDiff.diff(a, b);
        assertThat(diff.removed()).isEqualTo(1);
        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.changed()).isEqualTo(3);
        assertThat(diff.unchanged()).isEqualTo(657 - 1 - 3);
        assertThat(diff.of(ObjectChange.Kind.REMOVED).get(0).idA()).isEqualTo(id(2));
        assertThat(diff.of(ObjectChange.Kind.ADDED).get(0).idB()).isEqualTo("added-building");
    }

    @Test
    void saysWhatChangedAndHowItWasPaired() {
        DiffResult diff = ObjectDiff.diff(a, b);
        ObjectChange attribute = change(diff, id(3));
        assertThat(attribute.matchedBy()).isEqualTo("gml:id");
        assertThat(attribute.attributes()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("bldg:measuredHeight");
            assertThat(d.b()).isEqualTo("99.5 m");
        });
        assertThat(attribute.moved()).isLessThanOrEqualTo(ObjectDiff.TOLERANCE);
        assertThat(attribute.delta(ObjectSizes::height)).isEqualTo(99.5 - Double.parseDouble(attribute.attributes().get(0).a().split(" ")[0]), org.assertj.core.data.Offset.offset(1e-9));

        ObjectChange moved = change(diff, id(4));
        assertThat(moved.attributes()).isEmpty();
        assertThat(moved.moved()).isBetween(1.0, 1.25); // 0.00001° of latitude is 1.11 m

        ObjectChange footprint = diff.changes().stream().filter(c -> "renamed-twice".equals(c.idB())).findFirst().orElseThrow();
        assertThat(footprint.idA()).isEqualTo(id(6));
        assertThat(footprint.matchedBy()).isEqualTo("footprint");
        assertThat(footprint.attributes()).extracting(ObjectChange.AttributeDelta::b).contains("11230-bldg-new");
        assertThat(diff.changes()).noneMatch(c -> "renamed-by-survey".equals(c.idB())); // paired by 建物ID, unchanged
    }

    @Test
    void aModelEqualsItself() {
        DiffResult diff = ObjectDiff.diff(a, a);
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.unchanged()).isEqualTo(657);
    }

    private static ObjectChange change(DiffResult diff, String idA) {
        return diff.changes().stream().filter(c -> idA.equals(c.idA())).findFirst().orElseThrow();
    }
}
