package org.citytwin.flow.read;

import java.nio.file.Path;

/** The recorded flow examples copied into the test resources (see data/flows/SOURCES.md). */
final class FlowTestFiles {
    static final Path FLOWS = Path.of("src/test/resources/data/flows");
    static final Path MF_JSON = FLOWS.resolve("ogcapi-movingfeatures-examples");
    static final Path MF_CSV = FLOWS.resolve("ogc-mf-csv/mf_walkdata.csv");
    static final Path JUELICH = FLOWS.resolve("juelich-pedestrian-trajectories");

    private FlowTestFiles() {
    }
}
