package org.citytwin.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CrsResolverTest {
    private static final CrsResolver RESOLVER = new CrsResolver();

    /** Every spelling found in ../shared/data (grep srsName=) plus the other standard forms. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://www.opengis.net/def/crs/EPSG/0/6697 | EPSG:6697 | true",
        "http://www.opengis.net/def/crs/EPSG/0/6668 | EPSG:6668 | true",
        "EPSG:6668 | EPSG:6668 | true",
        "epsg:28992 | EPSG:28992 | false",
        "urn:ogc:def:crs:EPSG::6697 | EPSG:6697 | true",
        "urn:ogc:def:crs:EPSG:6.12:25832 | EPSG:25832 | false",
        "urn:x-ogc:def:crs:EPSG:6.6:4326 | EPSG:4326 | true",
        "urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::5783 | EPSG:25832 | false",
        "http://www.opengis.net/def/crs-compound?1=http://www.opengis.net/def/crs/EPSG/0/6668"
                + "&2=http://www.opengis.net/def/crs/EPSG/0/6695 | EPSG:6668 | true",
        "http://www.opengis.net/gml/srs/epsg.xml#4612 | EPSG:4612 | true",
        "EPSG:25833 | EPSG:25833 | false",
        "EPSG:32755 | EPSG:32755 | false",
        "epsg:26910 | EPSG:26910 | false",
        "EPSG:3946 | EPSG:3946 | false",
        "EPSG:10169 | EPSG:10169 | false",
        "urn:adv:crs:ETRS89_UTM32*DE_DHHN92_NH | EPSG:25832 | false",
        "urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH | EPSG:25832 | false",
        "urn:adv:crs:DE_DHDN_3GK4*DE_DHHN92_NH | EPSG:31468 | false",
        "'  EPSG:6697 ' | EPSG:6697 | true",
    })
    void resolvesSpellings(String srsName, String code, boolean geographic) throws Exception {
        SourceCrs crs = RESOLVER.resolve(srsName);
        assertThat(crs.code()).isEqualTo(code);
        assertThat(crs.srsName()).isEqualTo(srsName);
        assertThat(crs.isLocal()).isFalse();
        assertThat(crs.isGeographic()).isEqualTo(geographic);
        assertThat(RESOLVER.resolve(srsName)).isSameAs(crs); // cached
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "#local-CRS", "#local-CRS-1", "#id42", "LocalCRS", "urn:x-site:crs:local-engineering"})
    void localNames(String srsName) throws Exception {
        SourceCrs crs = RESOLVER.resolve(srsName);
        assertThat(crs.isLocal()).isTrue();
        assertThat(crs.isGeographic()).isFalse();
        assertThat(crs.code()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPSG:999999", "urn:ogc:def:crs:EPSG::999999", "urn:adv:crs:NOT_A_CRS*DE_DHHN92_NH",
        "urn:ogc:def:crs:FOO::1234", "EPSG:5783"})
    void unknownCodesThrowNamingTheSrsName(String srsName) {
        for (int i = 0; i < 2; i++) { // also when the failure comes from the cache
            assertThatThrownBy(() -> RESOLVER.resolve(srsName))
                    .isInstanceOf(UnknownCrsException.class)
                    .hasMessageContaining("'" + srsName + "'")
                    .hasMessageContaining("Expected an EPSG code")
                    // a plain sentence: none of SIS's own wording or quotes
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("geodetic dataset")
                            .doesNotContain("\u201c").doesNotContain("Exception"))
                    .satisfies(e -> assertThat(((UnknownCrsException) e).srsName()).isEqualTo(srsName));
        }
    }

    /**
     * AdV URNs are easting first (Rechtswert, Hochwert) even where EPSG's Gauss-Krüger CRSs are northing first:
     * easting 500 km past the zone's false easting lies on the zone's central meridian.
     */
    @ParameterizedTest
    @CsvSource({
        "urn:adv:crs:DE_DHDN_3GK2, EPSG:31466, 2500000, 6",
        "urn:adv:crs:DE_DHDN_3GK3*DE_DHHN92_NH, EPSG:31467, 3500000, 9",
        "urn:adv:crs:DE_DHDN_3GK4*DE_DHHN92_NH, EPSG:31468, 4500000, 12",
        "urn:adv:crs:DE_DHDN_3GK4, EPSG:31468, 4500000, 12",
        "urn:adv:crs:DE_DHDN_3GK5*DE_DHHN2016_NH, EPSG:31469, 5500000, 15",
        "urn:adv:crs:ETRS89_UTM32, EPSG:25832, 500000, 9",
        "urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH, EPSG:25832, 500000, 9",
        "urn:adv:crs:ETRS89_UTM33*DE_DHHN92_NH, EPSG:25833, 500000, 15",
    })
    void advUrnsAreReadEastingFirst(String srsName, String code, double easting, double meridian) throws Exception {
        SourceCrs crs = RESOLVER.resolve(srsName);
        assertThat(crs.code()).isEqualTo(code);
        assertThat(crs.firstAxis()).isEqualTo("easting");
        double[] latLon = LocalProjection.latLonOf(crs, easting, 5_333_000);
        assertThat(latLon[0]).isCloseTo(48.1, org.assertj.core.api.Assertions.within(0.1));
        assertThat(latLon[1]).isCloseTo(meridian, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void concurrentResolveGivesOneInstance() {
        CrsResolver resolver = new CrsResolver();
        resolver.warmUpAsync();
        var results = IntStream.range(0, 64).parallel().mapToObj(i -> {
            try {
                return resolver.resolve(i % 2 == 0 ? "EPSG:6697" : "EPSG:25832");
            } catch (UnknownCrsException e) {
                throw new AssertionError(e);
            }
        }).distinct().toList();
        assertThat(results).hasSize(2);
    }
}
