package org.citytwin.underground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.model.DepthSource;
import org.citytwin.model.UtilityInfo;
import org.junit.jupiter.api.Test;

/** Cursor read-out on the real Chiba utilities: elevation of the pointed spot and cover depth there. */
class UtilityReadoutTest {

    @Test
    void pipeTopReadsItsCoverDepth() {
        List<CityObject> pipes = ChibaUtilities.objects().stream().filter(o -> o.type().equals("uro:WaterPipe")).toList();
        CityObject pipe = pipes.get(0);
        UtilityInfo info = pipe.utility();
        assertThat(info).isNotNull();
        double top = pipe.displayMesh().vertices()[2];
        for (int i = 2; i < pipe.displayMesh().vertices().length; i += 3) top = Math.max(top, pipe.displayMesh().vertices()[i]);

        String text = UtilityReadout.format(pipe, top);

        assertThat(text).startsWith(String.format(java.util.Locale.ROOT, "elevation %.2f m · cover ", top));
        if (!Double.isNaN(info.groundElevation())) {
            assertThat(UtilityReadout.coverDepthAt(info, top)).isCloseTo(info.groundElevation() - top, within(1e-9));
            // the pipe's highest point lies its stated cover depth below the ground
            if (!Double.isNaN(info.coverDepthM())) assertThat(UtilityReadout.coverDepthAt(info, top)).isCloseTo(info.coverDepthM(), within(0.05));
        }
        assertThat(text.contains("(estimated)")).isEqualTo(info.depthSource() == DepthSource.ESTIMATED);
    }

    @Test
    void estimatedDepthIsFlaggedAndNonUtilitiesSayNothing() {
        CityObject o = ChibaUtilities.objects().get(0);
        UtilityInfo estimated = new UtilityInfo(org.citytwin.model.UtilityType.WATER, "WaterPipe", new double[0], 0.1, false,
                1.2, DepthSource.ESTIMATED, 10.0, null, null);
        CityObject withEstimate = new CityObject(o.id(), o.type(), o.kind(), null, o.lods(), o.meshes(), o.attributes(),
                o.sourceFile(), estimated);
        assertThat(UtilityReadout.format(withEstimate, 8.5)).isEqualTo("elevation 8.50 m · cover 1.50 m (estimated)");

        CityObject building = new CityObject("b", "bldg:Building", org.citytwin.model.FeatureKind.BUILDING, null,
                o.lods(), o.meshes(), List.of(), "x");
        assertThat(UtilityReadout.format(building, 3)).isEmpty();
    }
}
