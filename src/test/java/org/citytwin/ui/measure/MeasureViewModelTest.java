package org.citytwin.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.citytwin.measure.MeasureTool;
import org.junit.jupiter.api.Test;

/** The measure view model without a window. */
class MeasureViewModelTest {

    @Test
    void clicksGrowOneMeasurementUntilFinished() {
        MeasureViewModel vm = new MeasureViewModel();
        vm.setTool(MeasureTool.DISTANCE);
        vm.addPoint(new double[] {0, 0, 0});
        vm.addPoint(new double[] {3, 4, 0});
        assertThat(vm.measurements()).hasSize(1);
        assertThat(vm.current().length3d()).isEqualTo(5);
        vm.finish();
        vm.addPoint(new double[] {0, 0, 0});
        assertThat(vm.measurements()).hasSize(2);
        vm.setTool(MeasureTool.AREA); // a one-point distance is dropped when the tool changes
        assertThat(vm.measurements()).hasSize(1);
        vm.addPoint(new double[] {0, 0, 0});
        vm.addPoint(new double[] {2, 0, 0});
        vm.addPoint(new double[] {2, 2, 0});
        vm.setTool(null);
        assertThat(vm.isActive()).isFalse();
        assertThat(vm.measurements()).extracting(m -> m.tool()).containsExactly(MeasureTool.DISTANCE, MeasureTool.AREA);
        assertThat(vm.measurements().get(1).area()).isEqualTo(2);
        vm.remove(vm.measurements().get(0));
        assertThat(vm.measurements()).hasSize(1);
        vm.clear();
        assertThat(vm.measurements()).isEmpty();
    }

    @Test
    void heightMeasurementsAreFinishedAtOnce() {
        MeasureViewModel vm = new MeasureViewModel();
        vm.setTool(MeasureTool.HEIGHT);
        vm.addHeight(new double[] {0, 0, 20}, 5, true);
        vm.addHeight(new double[] {0, 0, 30}, 5, true);
        assertThat(vm.current()).isNull();
        assertThat(vm.measurements()).extracting(m -> m.heightAboveGround()).containsExactly(15.0, 25.0);
    }

    @Test
    void readoutShowsLatLonWithSixDecimalsOrLocalMetres() {
        MeasureViewModel vm = new MeasureViewModel();
        vm.showCursor(10, 20, 3.456);
        assertThat(vm.readoutProperty().get()).isEqualTo("x 10.00, y 20.00, h 3.46 m");
        vm.setToLatLon((x, y) -> new double[] {35 + y / 1e5, 139 + x / 1e5});
        vm.showCursor(10, 20, 3.456);
        assertThat(vm.readoutProperty().get()).isEqualTo("lat 35.000200, lon 139.000100, h 3.46 m");
        vm.clearCursor();
        assertThat(vm.readoutProperty().get()).isEmpty();
    }
}
