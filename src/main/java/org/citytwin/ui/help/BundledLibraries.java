package org.citytwin.ui.help;

import java.util.List;

/** The libraries shipped in the jar and app image, with their licences, as the pom declares them (see NOTICE). */
public final class BundledLibraries {

    /** One library: its name, its licence, and the pom artifactIds it stands for (a test checks the pom). */
    public record Library(String name, String licence, List<String> artifacts) {
        Library(String name, String licence, String... artifacts) {
            this(name, licence, List.of(artifacts));
        }
    }

    private static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX (JavaFX) 21", "GPL 2.0 with Classpath Exception", "javafx-controls", "javafx-swing"),
            new Library("citygml4j 3, xml-objects", "Apache License 2.0", "citygml4j-xml"),
            new Library("Apache SIS 1.5 (EPSG dataset: IOGP terms of use)", "Apache License 2.0", "sis-referencing", "sis-embedded-data"),
            new Library("Apache Derby", "Apache License 2.0", "derby"),
            new Library("JTS Topology Suite", "EPL 2.0 / EDL 1.0", "jts-core"),
            new Library("earcut4j", "ISC", "earcut4j"),
            new Library("Jackson", "Apache License 2.0", "jackson-databind"),
            new Library("picocli", "Apache License 2.0", "picocli"),
            new Library("SLF4J", "MIT", "slf4j-api", "jul-to-slf4j"),
            new Library("Logback", "EPL 1.0 / LGPL 2.1", "logback-classic"),
            new Library("jgltf-model, obj (de.javagl)", "MIT", "jgltf-model", "obj"),
            new Library("Apache PDFBox", "Apache License 2.0", "pdfbox"),
            new Library("HiveMQ MQTT Client", "Apache License 2.0", "hivemq-mqtt-client"),
            new Library("IPAexGothic font", "IPA Font License v1.0"));

    private BundledLibraries() {
    }

    public static List<Library> all() {
        return LIBRARIES;
    }
}
