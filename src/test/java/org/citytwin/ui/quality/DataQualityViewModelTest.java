package org.citytwin.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.LoadResult;
import org.junit.jupiter.api.Test;

/** Grouping, counting and fly-to of the data-quality panel, without a window. */
class DataQualityViewModelTest {

    static final String FILE = "data/a.gml";

    static CityObject box(String id, double x0, double y0, double x1, double y1, double height) {
        double[] v = {x0, y0, 0, x1, y0, 0, x1, y1, 0, x0, y1, height};
        return new CityObject(id, "bldg:Building", FeatureKind.BUILDING, null, new TreeSet<>(List.of(2)),
                Map.of(2, new MeshPart(v, new int[] {0, 1, 2, 0, 2, 3})), List.of(), FILE);
    }

    static LoadResult result(List<CityObject> objects, List<LoadIssue> issues) {
        CityFile file = new CityFile(FILE, "2.0", null, null, objects, Map.of(), new TreeSet<>(), new Envelope(), issues);
        return new LoadResult(List.of(file), List.of(), new Envelope(), null);
    }

    static LoadIssue issue(Severity severity, IssueCategory category, String id, int count) {
        return new LoadIssue(severity, category, FILE, 10, 0, id, count + " things", count);
    }

    @Test
    void groupsByCategoryWorstFirstWithIssueAndOccurrenceCounts() {
        ObservableList<LoadIssue> issues = FXCollections.observableArrayList();
        DataQualityViewModel vm = new DataQualityViewModel(issues, e -> { });
        assertThat(vm.titleProperty().get()).isEqualTo("Data quality (0)");

        issues.addAll(issue(Severity.INFO, IssueCategory.NO_GEOMETRY, "b1", 1),
                issue(Severity.WARNING, IssueCategory.NON_PLANAR_RING, "b2", 12),
                issue(Severity.WARNING, IssueCategory.NON_PLANAR_RING, "b3", 3),
                issue(Severity.INFO, IssueCategory.NO_GEOMETRY, "b4", 1),
                issue(Severity.ERROR, IssueCategory.FILE, null, 1),
                issue(Severity.WARNING, IssueCategory.DUPLICATE_POINTS, "b2", 5));

        assertThat(vm.titleProperty().get()).isEqualTo("Data quality (6)");
        assertThat(vm.groups()).extracting(DataQualityViewModel.Group::category).containsExactly(IssueCategory.FILE,
                IssueCategory.NON_PLANAR_RING, IssueCategory.DUPLICATE_POINTS, IssueCategory.NO_GEOMETRY);
        DataQualityViewModel.Group nonPlanar = vm.groups().get(1);
        assertThat(nonPlanar.issues()).extracting(LoadIssue::gmlId).containsExactly("b2", "b3");
        assertThat(nonPlanar.occurrences()).isEqualTo(15);
        assertThat(nonPlanar.worst()).isEqualTo(Severity.WARNING);
        assertThat(vm.groups().get(3).occurrences()).isEqualTo(2);
    }

    @Test
    void flyToFramesTheNamedObjectCentred() {
        ObservableList<LoadIssue> issues = FXCollections.observableArrayList();
        List<Envelope> flights = new ArrayList<>();
        DataQualityViewModel vm = new DataQualityViewModel(issues, flights::add);
        LoadIssue far = issue(Severity.WARNING, IssueCategory.NON_PLANAR_RING, "far", 1);
        LoadIssue missing = issue(Severity.INFO, IssueCategory.NO_GEOMETRY, "nowhere", 1);
        LoadIssue fileLevel = issue(Severity.ERROR, IssueCategory.FILE, null, 1);
        vm.index(result(List.of(box("near", 0, 0, 10, 10, 5), box("far", 300, 400, 310, 420, 30)), List.of()));

        assertThat(vm.canFlyTo(far)).isTrue();
        assertThat(vm.canFlyTo(missing)).isFalse();
        assertThat(vm.flyTo(missing)).isFalse();
        assertThat(vm.flyTo(fileLevel)).isFalse();
        assertThat(flights).isEmpty();

        assertThat(vm.flyTo(far)).isTrue();
        Envelope framed = flights.get(0);
        assertThat(framed.centerX()).isCloseTo(305, within(1e-9));
        assertThat(framed.centerY()).isCloseTo(410, within(1e-9));
        assertThat(framed.centerZ()).isCloseTo(15, within(1e-9));
        assertThat(framed.width()).as("a small object is framed with some surroundings")
                .isGreaterThanOrEqualTo(DataQualityViewModel.MIN_FRAME);
    }
}
