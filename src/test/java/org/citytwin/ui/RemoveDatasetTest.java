package org.citytwin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citytwin.model.CityObject;
import org.junit.jupiter.api.Test;
import org.citytwin.ui.inspect.InspectorViewModel;
import org.citytwin.ui.inspect.InspectorViewModelTest;

/** Removing a dataset makes the inspector forget its objects and clears a selection among them. */
class RemoveDatasetTest {

    @Test
    void inspectorForgetsRemovedObjectsAndDropsTheirSelection() {
        CityObject a = InspectorViewModelTest.building("a", "Tower", "48.7", "one.gml");
        CityObject b = InspectorViewModelTest.building("b", "Hall", "12.0", "two.gml");
        InspectorViewModel inspector = new InspectorViewModel();
        inspector.index(InspectorViewModelTest.load("one.gml", a, b));
        assertThat(inspector.select("a", 12)).isTrue();

        inspector.forget(List.of(a));

        assertThat(inspector.find("a")).isNull();
        assertThat(inspector.find("b")).isSameAs(b);
        assertThat(inspector.selected()).isNull();
        assertThat(inspector.fields()).isEmpty();
    }
}
