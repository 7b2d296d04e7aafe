package org.citytwin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point3D;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class SunLightTest {

    @Test
    void sunlightTravelsAwayFromTheSunInTheScenesAxes() {
        // x east, y down, z north: a sun rising due east sends light west, a sun due south at 45° sends it north and down
        Point3D east = SunLight.travel(90, 0);
        assertThat(east.getX()).isCloseTo(-1, within(1e-12));
        assertThat(east.getY()).isCloseTo(0, within(1e-12));
        Point3D south = SunLight.travel(180, 45);
        assertThat(south.getZ()).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(south.getY()).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(south.getX()).isCloseTo(0, within(1e-12));
    }

    @Test
    void dayTwilightAndNight() {
        SunLight.Look noon = SunLight.of(180, 50), low = SunLight.of(120, 3), twilight = SunLight.of(240, -3), night = SunLight.of(300, -30);
        assertThat(brightness(noon.key())).isGreaterThan(0.7);
        assertThat(brightness(low.key())).isBetween(0.05, brightness(noon.key()));
        assertThat(low.key().getBlue()).isLessThan(low.key().getRed()); // a low sun is warm
        assertThat(twilight.key()).isEqualTo(Color.color(0, 0, 0)); // below the horizon: no direct light
        assertThat(night.key()).isEqualTo(Color.color(0, 0, 0));
        assertThat(brightness(night.ambient())).isLessThan(brightness(twilight.ambient()));
        assertThat(brightness(twilight.ambient())).isLessThan(brightness(noon.ambient()));
        assertThat(night.ambient().getBlue()).isGreaterThan(night.ambient().getRed()); // moonlit blue-grey
        assertThat(brightness(night.skyTop())).isLessThan(0.2 * brightness(noon.skyTop()));
        assertThat(twilight.skyHorizon().getRed()).isGreaterThan(twilight.skyHorizon().getBlue()); // the glow after sunset
        assertThat(noon.counter()).isEqualTo(Color.BLACK); // a real sun has no opposite twin
    }

    @Test
    void theStudioLightIsTheEvenPairItAlwaysWas() {
        SunLight.Look studio = SunLight.studio();
        assertThat(studio.key()).isEqualTo(studio.counter());
        assertThat(studio.skyTop()).isEqualTo(CityScene.SKY_TOP);
    }

    private static double brightness(Color c) {
        return (c.getRed() + c.getGreen() + c.getBlue()) / 3;
    }
}
