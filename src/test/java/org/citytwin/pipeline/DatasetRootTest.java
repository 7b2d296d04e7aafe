package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citytwin.pipeline.DatasetRoot.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folder is the dataset root, and where each spelling of a reference leads. */
class DatasetRootTest {

    @TempDir
    Path t;

    @Test
    void rootIsTheDeliveryForFilesAndFoldersInsideUdxElseTheOpenedFolder() throws Exception {
        Path delivery = t.resolve("delivery");
        Path gml = HostileFiles.write(delivery.resolve("udx/bldg/a.gml"), "<x/>");
        Path plain = HostileFiles.write(t.resolve("plain/b.gml"), "<x/>");

        assertThat(DatasetRoot.of(gml).folder()).isEqualTo(delivery);
        assertThat(DatasetRoot.of(delivery.resolve("udx/bldg")).folder()).isEqualTo(delivery);
        assertThat(DatasetRoot.of(delivery.resolve("udx")).folder()).isEqualTo(delivery);
        assertThat(DatasetRoot.of(delivery).folder()).isEqualTo(delivery);
        assertThat(DatasetRoot.of(plain).folder()).isEqualTo(t.resolve("plain"));
        assertThat(DatasetRoot.of(t).folder()).as("a folder above deliveries").isEqualTo(t);
    }

    @Test
    void aFileFoundInAnOpenedFolderHasThatFoldersRoot() throws Exception {
        Path gml = HostileFiles.write(t.resolve("a/b/c.gml"), "<x/>");
        Map<Path, DatasetRoot> roots = DatasetRoot.of(List.of(t.resolve("a"), t.resolve("other.gml")));

        assertThat(DatasetRoot.forFile(gml, roots).folder()).isEqualTo(t.resolve("a"));
        assertThat(DatasetRoot.forFile(t.resolve("other.gml"), roots).folder()).isEqualTo(t);
    }

    @Test
    void everySpellingOfAReferenceIsJudgedByItsNormalizedText() throws Exception {
        Path root = Files.createDirectories(t.resolve("data"));
        Path base = Files.createDirectories(root.resolve("sub"));
        DatasetRoot r = DatasetRoot.of(root);

        assertThat(r.resolve(base, "tex/a.png").where()).isEqualTo(Where.INSIDE);
        assertThat(r.resolve(base, "../a.png").path()).isEqualTo(root.resolve("a.png"));
        assertThat(r.resolve(base, "../a.png").where()).isEqualTo(Where.INSIDE);
        assertThat(r.resolve(base, "../../a.png").where()).isEqualTo(Where.OUTSIDE);
        assertThat(r.resolve(base, "x/../../../a.png").where()).isEqualTo(Where.OUTSIDE);
        assertThat(r.resolve(base, "..\\..\\a.png").where()).as("Windows separators").isEqualTo(Where.OUTSIDE);
        assertThat(r.resolve(base, "/etc/passwd").where()).isEqualTo(Where.OUTSIDE);
        assertThat(r.resolve(base, "file:///etc/passwd").where()).isEqualTo(Where.OUTSIDE);
        assertThat(r.resolve(base, root.resolve("in.png").toUri().toString()).where()).isEqualTo(Where.INSIDE);
        assertThat(r.resolve(base, "file://fileserver/share/a.png").where()).isEqualTo(Where.NETWORK);
        assertThat(r.resolve(base, "https://example.com/a.png").where()).isEqualTo(Where.NETWORK);
        assertThat(r.resolve(base, "HTTP://example.com/a.png").where()).isEqualTo(Where.NETWORK);
        assertThat(r.resolve(base, "urn:ogc:def:crs:EPSG::6697").where()).isEqualTo(Where.NOT_A_PATH);
        assertThat(r.resolve(base, " ").where()).isEqualTo(Where.NOT_A_PATH);
        assertThat(r.resolve(t, "data/x.png").where()).as("relative to a base outside, landing inside").isEqualTo(Where.INSIDE);
        assertThat(r.contains(t.resolve("data-other/x.png"))).as("a sibling sharing the prefix").isFalse();
    }
}
