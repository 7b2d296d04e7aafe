package org.citytwin.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citytwin.flow.FlowStore;
import org.citytwin.flow.read.ColumnMapping;
import org.citytwin.flow.read.FlowFileReader;
import org.citytwin.flow.read.FlowReadReport;
import org.citytwin.flow.read.FrameAnchor;
import org.citytwin.flow.read.LengthUnit;
import org.citytwin.geo.CrsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column-mapping choices, without a window: guesses from header names, validation, the mapping built. */
class ColumnMappingViewModelTest {

    @Test
    void guessesColumnsFromHeaderNamesAndReadsTheFile(@TempDir Path dir) throws Exception {
        List<String> lines = List.of("frame;pid;east;north", "0;a;0;0", "25;a;100;0", "25;b;0;50");
        Path file = dir.resolve("lab.txt");
        Files.write(file, lines);
        ColumnMappingViewModel vm = new ColumnMappingViewModel(lines);
        vm.delimiterProperty().set(";");

        assertThat(vm.columns()).containsExactly("frame", "pid", "east", "north");
        assertThat(vm.headerProperty().get()).isTrue();
        assertThat(vm.idProperty().get()).isEqualTo("pid");
        assertThat(vm.useFramesProperty().get()).isTrue();
        assertThat(vm.xProperty().get()).isEqualTo("east");
        assertThat(vm.georeferencedProperty().get()).isFalse();
        vm.unitsProperty().set(LengthUnit.CM);
        vm.placementProperty().set("10,0,0,1");

        ColumnMapping mapping = vm.build().orElseThrow();
        FlowStore store = new FlowStore();
        FlowReadReport report = new FlowFileReader(new FrameAnchor(new CrsResolver(), null)).read(file, mapping, store);

        assertThat(report.movingFeatures()).isEqualTo(2);
        assertThat(report.samples()).isEqualTo(3);
        assertThat(report.endMillis()).isEqualTo(1000); // frame 25 at the default 25 fps
        assertThat(report.bounds().maxX()).isEqualTo(11.0);
    }

    @Test
    void saysWhatIsWrongUntilTheChoicesAreValid() {
        ColumnMappingViewModel vm = new ColumnMappingViewModel(List.of("1,2020-01-01T00:00:00Z,139.7,35.6"));
        assertThat(vm.headerProperty().get()).isFalse();

        vm.xProperty().set("");
        assertThat(vm.errorProperty().get()).isEqualTo("choose the x column");
        assertThat(vm.build()).isEmpty();

        vm.xProperty().set("3");
        vm.placementProperty().set("1,2");
        assertThat(vm.errorProperty().get()).startsWith("placement '1,2': expected x,y,rotationDeg,scale");

        vm.georeferencedProperty().set(true);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.build().orElseThrow().crs()).isEqualTo("urn:ogc:def:crs:OGC:1.3:CRS84");
    }
}
