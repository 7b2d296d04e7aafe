package org.citytwin.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.citytwin.model.Attribute;
import org.citytwin.model.CityObject;
import org.citytwin.model.FeatureKind;
import org.citytwin.model.MeshPart;
import org.citytwin.model.ProposalAttributes;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.shadow.NoaaSun;
import org.citytwin.shadow.ShadowStudy;
import org.citytwin.shadow.StudySettings;
import org.citytwin.shadow.SunDirections;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study form, its refusals, a run on a 30 m box tower in Tokyo, Cancel, and the GeoJSON export; no JavaFX running. */
class StudyViewModelTest {
    static final double LAT = 35.68, LON = 139.76;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<CityObject> proposals = new ArrayList<>();
    private CityObject selected;

    @AfterEach
    void stop() {
        worker.shutdownNow();
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void hoursLinesThatAreNotNumbersAreRefusedWithTheFieldAndNothingRuns() {
        StudyViewModel vm = model(new NoaaSun());
        proposals.add(tower("tower", 0, 0, 20, 30));
        vm.levelsProperty().set("a,b");
        assertThat(vm.run()).isFalse();
        assertThat(vm.messageProperty().get()).contains("Hours lines", "a,b", "\"a\"");
        assertThat(vm.runningProperty().get()).isFalse();

        vm.levelsProperty().set("2,3");
        vm.fromProperty().set("15:00");
        vm.toProperty().set("9:00");
        assertThat(vm.run()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("The study window must end after it starts (from 15:00 to 9:00).");

        vm.toProperty().set("9h");
        assertThat(vm.run()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("The end time must be a time like 08:00 (got \"9h\").");

        vm.toProperty().set("16:00");
        vm.gridProperty().set("0");
        assertThat(vm.run()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("The grid spacing must be a positive number (got \"0\").");
        assertThat(vm.resultProperty().get()).isNull();
    }

    @Test
    void theJapaneseRefusalIsJapanese() {
        Texts.setLocale(Locale.JAPANESE);
        StudyViewModel vm = model(new NoaaSun());
        proposals.add(tower("tower", 0, 0, 20, 30));
        vm.levelsProperty().set("a,b");
        assertThat(vm.run()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("等時間線は").contains("a,b");
    }

    @Test
    void withoutACastingSetItSaysWhatToDo() {
        StudyViewModel vm = model(new NoaaSun());
        assertThat(vm.run()).isFalse();
        assertThat(vm.messageProperty().get()).contains("no proposals");
        vm.castingSetProperty().set(StudyViewModel.CastingSet.SELECTED);
        assertThat(vm.run()).isFalse();
        assertThat(vm.messageProperty().get()).contains("No buildings chosen");
        assertThat(vm.addSelected()).isFalse();
        selected = tower("b1", 50, 0, 10, 12);
        assertThat(vm.addSelected()).isTrue();
        assertThat(vm.addSelected()).isTrue();
        assertThat(vm.chosen()).extracting(CityObject::id).containsExactly("b1");
    }

    @Test
    void aRunListsTheResultsExceedanceAreasAndMatchesTheCoreOnTheSameInputs() throws Exception {
        StudyViewModel vm = model(new NoaaSun());
        proposals.add(tower("tower", 0, 0, 20, 30));
        vm.dateProperty().set(LocalDate.of(2026, 12, 22));
        assertThat(vm.setSite(List.of(new double[] {-2, -2}, new double[] {22, -2}, new double[] {22, 22}, new double[] {-2, 22})))
                .isTrue();
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, a, p) -> progress.add(p.doubleValue()));
        assertThat(vm.run()).isTrue();
        assertThat(vm.runningProperty().get()).isTrue();
        ShadowStudy.Result r = await(vm);
        assertThat(vm.runningProperty().get()).isFalse();

        assertThat(r.exceedances()).hasSize(2);
        assertThat(r.exceeds()).as("a 30 m tower on a 24 m site shades its north beyond 10 m over 2.5 h").isTrue();
        assertThat(vm.areas()).startsWith(StudyViewModel.exceedanceText(r.exceedances().get(0)),
                StudyViewModel.exceedanceText(r.exceedances().get(1)));
        assertThat(vm.areas().get(1)).startsWith("> 10 m over 2.5 h: ")
                .endsWith(String.format(Locale.ROOT, "%.1f m²", r.exceedances().get(1).areaM2()));
        assertThat(vm.areas()).hasSize(2 + 4);
        assertThat(vm.messageProperty().get()).contains("exceeded");
        assertThat(progress).as("progress rises to done").isSorted().contains(1.0);
        assertThat(progress.size()).as("step by step, not only at the end").isGreaterThan(20);

        // the core on the same inputs: the panel shows what ShadowStudy computes
        StudySettings s = new StudySettings(LocalDate.of(2026, 12, 22), java.time.LocalTime.of(8, 0), java.time.LocalTime.of(16, 0),
                false, 4, 2, new double[] {2, 3, 4, 5}, java.time.Duration.ofMinutes(5), 4, 2.5);
        ShadowStudy.Result core = ShadowStudy.run(List.of(proposals.get(0).displayMesh()), toLatLon(10, 10)[0], toLatLon(10, 10)[1],
                0, vm.siteProperty().get(), s, new NoaaSun(), new CancelToken());
        assertThat(r.exceedances().get(1).areaM2()).isCloseTo(core.exceedances().get(1).areaM2(), within(1e-6));
        assertThat(r.planeZ()).isEqualTo(4);
    }

    @Test
    void cancelStopsARunningStudyWithoutAResult() throws Exception {
        CountDownLatch firstAsked = new CountDownLatch(1), release = new CountDownLatch(1);
        SunDirections slow = new SunDirections() {
            final NoaaSun sun = new NoaaSun();

            public Direction at(Instant instant, double latitude, double longitude) {
                firstAsked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return sun.at(instant, latitude, longitude);
            }

            public double equationOfTimeMinutes(Instant instant) {
                return sun.equationOfTimeMinutes(instant);
            }
        };
        StudyViewModel vm = model(slow);
        proposals.add(tower("tower", 0, 0, 20, 30));
        assertThat(vm.run()).isTrue();
        assertThat(firstAsked.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(vm.run()).as("one run at a time").isFalse();
        vm.cancel();
        release.countDown();
        waitUntil(() -> !vm.runningProperty().get());
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("The shadow study was cancelled.");
        assertThat(vm.progressProperty().get()).isZero();
    }

    @Test
    void theGeoJsonExportHasContoursTheSiteLinesAndExceedancesInLonLat(@TempDir Path dir) throws Exception {
        StudyViewModel vm = model(new NoaaSun());
        proposals.add(tower("tower", 0, 0, 20, 30));
        assertThat(vm.exportGeoJson(dir.resolve("none.geojson"))).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Run the study first.");
        assertThat(vm.useFootprint()).as("the tower's own plan as the site").isTrue();
        assertThat(vm.siteProperty().get().getArea()).isCloseTo(400, within(0.01));
        assertThat(vm.run()).isTrue();
        await(vm);
        Path file = dir.resolve("study.geojson");
        assertThat(vm.exportGeoJson(file)).isTrue();
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        TreeSet<String> layers = new TreeSet<>();
        root.get("features").forEach(f -> layers.add(f.get("properties").get("layer").asText()));
        assertThat(layers).contains("contour", "line5", "line10", "site", "hourly", "exceedance");
        JsonNode site = null;
        for (JsonNode f : root.get("features")) if (f.get("properties").get("layer").asText().equals("site")) site = f;
        JsonNode corner = site.get("geometry").get("coordinates").get(0).get(0).get(0);
        assertThat(corner.get(0).asDouble()).as("lon first").isCloseTo(LON, within(0.001));
        assertThat(corner.get(1).asDouble()).isCloseTo(LAT, within(0.001));
        assertThat(dir.toFile().list()).as("no temporary file left").containsExactlyInAnyOrder("study.geojson");
    }

    @Test
    void theHokkaidoPresetIsNineToFifteenSolarTime() {
        StudyViewModel vm = model(new NoaaSun());
        vm.clockTimeProperty().set(true);
        vm.hokkaidoWindow();
        assertThat(vm.fromProperty().get()).isEqualTo("09:00");
        assertThat(vm.toProperty().get()).isEqualTo("15:00");
        assertThat(vm.clockTimeProperty().get()).isFalse();
        assertThat(vm.dateProperty().get().getMonthValue()).isEqualTo(12);
        assertThat(vm.dateProperty().get().getDayOfMonth()).isBetween(21, 22);
    }

    private StudyViewModel model(SunDirections sun) {
        return new StudyViewModel(new StudyViewModel.Sources() {
            public List<CityObject> proposals() {
                return proposals;
            }

            public CityObject selected() {
                return selected;
            }

            public double[] toLatLon(double x, double y) {
                return StudyViewModelTest.toLatLon(x, y);
            }
        }, worker, Runnable::run, sun);
    }

    static double[] toLatLon(double x, double y) {
        return new double[] {LAT + y / 111_320.0, LON + x / (111_320.0 * Math.cos(Math.toRadians(LAT)))};
    }

    private static ShadowStudy.Result await(StudyViewModel vm) throws Exception {
        waitUntil(() -> !vm.runningProperty().get());
        assertThat(vm.resultProperty().get()).as(vm.messageProperty().get()).isNotNull();
        return vm.resultProperty().get();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** A closed box building, south-west corner (x, y), {@code size} square, {@code height} tall, standing at z = 0. */
    static CityObject tower(String id, double x, double y, double size, double height) {
        double x1 = x + size, y1 = y + size;
        double[] v = {x, y, 0, x1, y, 0, x1, y1, 0, x, y1, 0, x, y, height, x1, y, height, x1, y1, height, x, y1, height};
        int[] t = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
        return new CityObject(id, "bldg:Building", FeatureKind.BUILDING, id, new TreeSet<>(List.of(1)),
                Map.of(1, new MeshPart(v, t)), List.of(Attribute.of(ProposalAttributes.PROPOSAL, "true")), "(test)");
    }
}
