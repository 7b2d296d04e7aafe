package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.junit.jupiter.api.Test;

/** Code-list URLs (the OGC examples name their lists by URL) are information; a path out of the dataset warns. */
class OutsideReferencesTest {

    private static final DatasetRoot ROOT = DatasetRoot.of(Path.of("/data/delivery/udx/bldg/a.gml"));

    @Test
    void networkNamesOfCodeListsAreInformationButPathsOutWarn() {
        OutsideReferences names = new OutsideReferences("codelist").networkAddressesAreNames();
        names.add(new DatasetRoot.Target("http://www.sig3d.org/codelists/x.xml", DatasetRoot.Where.NETWORK, null), 12, null);
        LoadIssue info = names.issue("a.gml", ROOT);
        assertThat(info.category()).isEqualTo(IssueCategory.OUTSIDE_DATASET);
        assertThat(info.severity()).isEqualTo(Severity.INFO);
        assertThat(info.message()).contains("network address", "nothing is fetched");

        names.add(new DatasetRoot.Target("../../../x.xml", DatasetRoot.Where.OUTSIDE, null), 14, null);
        assertThat(names.issue("a.gml", ROOT).severity()).isEqualTo(Severity.WARNING);

        OutsideReferences textures = new OutsideReferences("texture");
        textures.add(new DatasetRoot.Target("http://example.com/t.jpg", DatasetRoot.Where.NETWORK, null), 3, null);
        assertThat(textures.issue("a.gml", ROOT).severity()).isEqualTo(Severity.WARNING);
    }
}
