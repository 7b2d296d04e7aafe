package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point3D;
import org.citytwin.model.Envelope;
import org.citytwin.model.FeatureKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two towns 50 km apart: fit (F) and top frame the town the camera looks at, not the 50 km between them. */
class CurrentPlaceFitTest {
    private static final Envelope A = Envelope.of(0, 0, 0, 300, 200, 40);
    private static final Envelope B = Envelope.of(50_000, 1_000, 0, 50_400, 1_300, 60);

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void fitAndTopFrameOnlyThePlaceBeingLookedAt() throws Exception {
        double[][] targets = FxTestSupport.onFx(() -> {
            CityScene cs = new CityScene(320, 200);
            cs.addMeshes(List.of(box(A), box(B)), null);
            cs.camera().fitTo(A);
            cs.fit();
            Point3D afterA = cs.camera().toLocal(cs.camera().target());
            double distanceA = cs.camera().distance();
            cs.camera().fitTo(B);
            cs.top();
            Point3D afterB = cs.camera().toLocal(cs.camera().target());
            return new double[][] {{afterA.getX(), afterA.getY(), distanceA}, {afterB.getX(), afterB.getY(), cs.camera().distance()}};
        });
        assertThat(targets[0][0]).isBetween(A.minX(), A.maxX());
        assertThat(targets[0][1]).isBetween(A.minY(), A.maxY());
        assertThat(targets[0][2]).as("camera distance framing town A").isLessThan(5_000);
        assertThat(targets[1][0]).isBetween(B.minX(), B.maxX());
        assertThat(targets[1][1]).isBetween(B.minY(), B.maxY());
        assertThat(targets[1][2]).as("camera distance framing town B from above").isLessThan(5_000);
    }

    private static org.citytwin.pipeline.tile.TileMesh box(Envelope e) {
        return TestMeshes.box(FeatureKind.BUILDING, e.minX(), e.minY(), e.minZ(), e.maxX(), e.maxY(), e.maxZ());
    }
}
