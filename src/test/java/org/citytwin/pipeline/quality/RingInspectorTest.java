package org.citytwin.pipeline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.junit.jupiter.api.Test;

/** Ring checks on inline rings (local metres); each test pins one threshold or one kind of defect. */
class RingInspectorTest {

    private static QualityTally inspect(double... xyz) {
        QualityTally tally = new QualityTally();
        tally.beginPolygon("p");
        tally.beginRing(0);
        RingInspector.inspect(xyz, tally);
        return tally;
    }

    @Test
    void cleanSquareHasNoFindings() {
        assertThat(inspect(0, 0, 0, 10, 0, 0, 10, 10, 0, 0, 10, 0, 0, 0, 0).isEmpty()).isTrue();
    }

    @Test
    void planarityToleranceIsFiveCentimetres() {
        // one corner lifted by h: the points lie h/4 from the best plane through the centroid
        assertThat(inspect(0, 0, 0, 10, 0, 0, 10, 10, 0.16, 0, 10, 0, 0, 0, 0).count(IssueCategory.NON_PLANAR_RING)).isZero();
        assertThat(inspect(0, 0, 0, 10, 0, 0, 10, 10, 0.24, 0, 10, 0, 0, 0, 0).count(IssueCategory.NON_PLANAR_RING)).isOne();
    }

    @Test
    void closingPointIsNotADuplicateButARepeatedCornerIs() {
        assertThat(inspect(0, 0, 0, 10, 0, 0, 10, 0, 0, 10, 10, 0, 0, 0, 0).count(IssueCategory.DUPLICATE_POINTS)).isOne();
        assertThat(inspect(0, 0, 0, 10, 0, 0, 10, 10, 0, 0, 0, 0).count(IssueCategory.DUPLICATE_POINTS)).isZero();
    }

    @Test
    void unclosedTooShortAndNonFiniteRingsAreInvalid() {
        assertThat(inspect(0, 0, 0, 10, 0, 0, 10, 10, 0, 0, 10, 0).issues("f", 1, "o").get(0).message()).contains("not closed");
        assertThat(inspect(0, 0, 0, 10, 0, 0, 10, 10, 0, 0, 2e-5, 0).issues("f", 1, "o").get(0).message())
                .as("a sub-millimetre gap is shown, not rounded to 0.000 m").contains("0.000020 m");
        assertThat(inspect(0, 0, 0, 10, 0, 0, 0, 0, 0).count(IssueCategory.INVALID_RING)).isOne();
        assertThat(inspect(0, 0, 0, 10, 0, Double.NaN, 10, 10, 0, 0, 0, 0).count(IssueCategory.INVALID_RING)).isOne();
    }

    @Test
    void selfTouchingRingIsNotSimple() {
        // a square whose boundary comes back to touch its own corner (0,0) on a vertical wall (x-z plane)
        QualityTally tally = inspect(0, 0, 0, 10, 0, 0, 10, 0, 10, 5, 0, 10, 0, 0, 0, 0, 0, 10, -5, 0, 10, 0, 0, 0);
        assertThat(tally.count(IssueCategory.SELF_INTERSECTING_RING)).isOne();
    }

    @Test
    void longRingsGoThroughJts() {
        int n = RingSimplicity.BRUTE_FORCE_LIMIT + 50;
        double[] circle = new double[3 * (n + 1)];
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * (i % n) / n;
            circle[3 * i] = 100 * Math.cos(a);
            circle[3 * i + 1] = 100 * Math.sin(a);
        }
        assertThat(inspect(circle).isEmpty()).isTrue();
        circle[3 * 10] = -100; // one point flung across the circle: its edges cross others
        assertThat(inspect(circle).count(IssueCategory.SELF_INTERSECTING_RING)).isOne();
    }

    @Test
    void tessellatorReportsDoNotCountARingTwice() {
        QualityTally tally = inspect(0, 0, 0, 10, 0, 0, 0, 0, 0);
        tally.degenerateRing(0, IssueMessage.of("issues.tessellate.too-few", 2));
        assertThat(tally.count(IssueCategory.INVALID_RING)).isOne();
        tally.fallbackUsed(IssueMessage.of("issues.tessellate.holes-cover"));
        assertThat(tally.count(IssueCategory.SELF_INTERSECTING_RING)).isOne();
        assertThat(tally.issues("f", 1, "o")).hasSize(2);
    }
}
