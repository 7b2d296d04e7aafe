package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.citytwin.geo.CrsResolver;
import org.citytwin.model.CityFile;
import org.citytwin.model.CityObject;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.MeshPart;
import org.citytwin.model.Severity;
import org.citytwin.model.SurfaceLook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file must never make the viewer read what the user did not open: texture images, code lists and xlinks
 * that leave the dataset root (by ../, absolute path, file: URI) or name a URL are not opened, not even
 * checked for existence, and each kind is reported once per file. Proven three ways: {@link DatasetRoot}'s
 * watch hook sees no path outside the root; a local HTTP port gets no connection; named pipes outside the
 * root (which block whoever opens them) are never opened, whatever library might have tried.
 */
class OutsideDatasetTest {

    static CrsResolver crs;

    @TempDir
    Path t;
    private Path box;
    private Path root;
    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Pipe> pipes = new ArrayList<>();

    @BeforeAll
    static void startCrs() {
        crs = new CrsResolver();
    }

    @AfterAll
    static void done() {
        crs = null;
    }

    @BeforeEach
    void listen() throws IOException {
        box = t.resolve("box");
        root = box.resolve("data");
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "test-http-trap");
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
        for (Pipe p : pipes) p.release();
    }

    private String url(String name) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + name;
    }

    /** The hostile delivery: a single file in box/data with every kind of reference out of it. */
    private Path hostile() throws Exception {
        HostileFiles.write(root.resolve("tex/ok.png"), HostileFiles.png(4, 4, 0x00FF00));
        HostileFiles.write(root.resolve("codelists/inside.xml"), HostileFiles.codeList("1", "inside label"));
        HostileFiles.write(box.resolve("secret.png"), HostileFiles.png(4, 4, 0xFF0000));
        HostileFiles.write(box.resolve("abs.png"), HostileFiles.png(4, 4, 0xFF0000));
        HostileFiles.write(box.resolve("uri.png"), HostileFiles.png(4, 4, 0xFF0000));
        HostileFiles.write(t.resolve("outside/codelists/x.xml"), HostileFiles.codeList("1", "SECRET relative"));
        HostileFiles.write(t.resolve("outside/codelists/y.xml"), HostileFiles.codeList("2", "SECRET absolute"));
        HostileFiles.write(box.resolve("other.gml"), HostileFiles.texturedModel(List.of("ok.png"), "", ""));
        pipes.add(Pipe.at(box.resolve("pipe.png")));
        pipes.add(Pipe.at(box.resolve("ade.xsd")));
        pipes.add(Pipe.at(box.resolve("include.xml")));
        pipes.add(Pipe.at(box.resolve("tree.obj")));
        String extras = """
                <core:externalReference><core:informationSystem>%s</core:informationSystem>
                  <core:externalObject><core:uri>%s</core:uri></core:externalObject></core:externalReference>
                <bldg:class codeSpace="../../outside/codelists/x.xml">1</bldg:class>
                <bldg:function codeSpace="%s">2</bldg:function>
                <bldg:usage codeSpace="%s">3</bldg:usage>
                <bldg:roofType codeSpace="codelists/inside.xml">1</bldg:roofType>
                <test:secret><xi:include href="../include.xml"/></test:secret>
                <bldg:lod1Solid xlink:href="%s"/>
                <bldg:lod2Solid xlink:href="../other.gml#poly_0"/>
                """.formatted(url("info"), url("object"), t.resolve("outside/codelists/y.xml"), url("codes.xml"),
                url("other.gml#solid"));
        String schemas = "xsi:schemaLocation=\"http://example.com/test-ade ../ade.xsd http://example.com/test-ade2 "
                + url("ade.xsd") + "\"";
        String model = HostileFiles.texturedModel(List.of("../secret.png", box.resolve("abs.png").toString(),
                box.resolve("uri.png").toUri().toString(), url("net.png"), "../pipe.png", "tex/ok.png"), extras, schemas);
        model = model.replace("</core:CityModel>", """
                  <core:cityObjectMember><frn:CityFurniture gml:id="f1" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0">
                    <frn:lod1ImplicitRepresentation><core:ImplicitGeometry>
                      <core:mimeType>model/obj</core:mimeType><core:libraryObject>../tree.obj</core:libraryObject>
                      <core:transformationMatrix>1 0 0 0 0 1 0 0 0 0 1 0 0 0 0 1</core:transformationMatrix>
                      <core:referencePoint><gml:Point><gml:pos>150 50 0</gml:pos></gml:Point></core:referencePoint>
                    </core:ImplicitGeometry></frn:lod1ImplicitRepresentation>
                  </frn:CityFurniture></core:cityObjectMember>
                </core:CityModel>
                """);
        return HostileFiles.write(root.resolve("hostile.gml"), model);
    }

    private static CityFile load(Path file) {
        try (DatasetLoader loader = new DatasetLoader(crs)) {
            return loader.load(List.of(file), LoadProgress.NONE, new CancelToken()).files().get(0);
        }
    }

    private static List<LoadIssue> outside(CityFile file) {
        return file.issues().stream().filter(i -> i.category() == IssueCategory.OUTSIDE_DATASET).toList();
    }

    @Test
    void eachKindOfReferenceOutTheDatasetIsReportedOnceAndNothingOutsideIsTouched() throws Exception {
        Path gml = hostile();
        List<Path> touched = new CopyOnWriteArrayList<>();

        CityFile file;
        try (AutoCloseable watch = DatasetRoot.watch(touched::add)) {
            file = load(gml);
        }

        List<LoadIssue> outside = outside(file);
        assertThat(outside).as(outside.toString()).hasSize(3);
        assertThat(outside).allMatch(i -> i.severity() == Severity.WARNING && i.file().equals(gml.toString())
                && i.message().contains("outside the dataset"));
        LoadIssue textures = only(outside, "Texture image");
        assertThat(textures.message()).contains("\"../secret.png\"").contains(root.toString());
        assertThat(textures.count()).as("../, absolute, file:, http:, ../pipe").isEqualTo(5);
        LoadIssue codeLists = only(outside, "Code list");
        assertThat(codeLists.message()).contains("../../outside/codelists/x.xml");
        assertThat(codeLists.count()).as("../../, absolute, http:").isEqualTo(3);
        LoadIssue links = only(outside, "XLink target");
        assertThat(links.count()).as("http: and ../other.gml").isEqualTo(2);

        assertThat(touched.stream().filter(p -> p.startsWith(t)).filter(p -> !p.startsWith(root)).toList())
                .as("paths touched outside the root").isEmpty();
        assertThat(touched).as("the inside texture and code list were looked at")
                .contains(root.resolve("tex/ok.png"), root.resolve("codelists/inside.xml"));
        assertThat(connections).as("connections to the network").hasValue(0);
        assertThat(pipes).as("named pipes outside the root opened by anyone").noneMatch(Pipe::opened);

        CityObject b0 = file.objects().stream().filter(o -> o.id().equals("b0")).findFirst().orElseThrow();
        assertThat(b0.attribute("bldg:class").label()).as("the outside list was not read").isNull();
        assertThat(b0.attribute("bldg:function").label()).isNull();
        assertThat(b0.attribute("bldg:roofType").label()).as("the inside list was read").isEqualTo("inside label");
        assertThat(texturePaths(file)).containsExactly(root.resolve("tex/ok.png").toString());
        assertThat(file.issues()).noneMatch(i -> i.category() == IssueCategory.MISSING_TEXTURE);
    }

    @Test
    void theResultIsTheSameWhenTheOutsideTargetsAreGone() throws Exception {
        Path gml = hostile();
        CityFile present = load(gml);
        for (Path p : List.of(box.resolve("secret.png"), box.resolve("abs.png"), box.resolve("uri.png"),
                box.resolve("other.gml"), t.resolve("outside/codelists/x.xml"), t.resolve("outside/codelists/y.xml"))) {
            Files.delete(p);
        }

        CityFile gone = load(gml);

        assertThat(messages(gone)).isEqualTo(messages(present));
        assertThat(texturePaths(gone)).isEqualTo(texturePaths(present));
        assertThat(gone.objects()).extracting(o -> o.attribute("bldg:class") == null ? null : o.attribute("bldg:class").label())
                .isEqualTo(present.objects().stream().map(o -> o.attribute("bldg:class") == null ? null
                        : o.attribute("bldg:class").label()).toList());
    }

    @Test
    void plateauDeliveryRootIsTheFolderHoldingUdxSoItsCodelistsAndTexturesAreInside() throws Exception {
        Path delivery = t.resolve("13100_delivery");
        HostileFiles.write(delivery.resolve("codelists/Building_class.xml"), HostileFiles.codeList("3001", "普通建物"));
        HostileFiles.write(delivery.resolve("udx/bldg/app/wall.png"), HostileFiles.png(4, 4, 0x0000FF));
        HostileFiles.write(t.resolve("codelists/Building_class.xml"), HostileFiles.codeList("3001", "SECRET"));
        String extras = "<bldg:class codeSpace=\"../../codelists/Building_class.xml\">3001</bldg:class>";
        Path inside = HostileFiles.write(delivery.resolve("udx/bldg/a_bldg.gml"),
                HostileFiles.texturedModel(List.of("app/wall.png"), extras, ""));
        // one level deeper than a delivery allows: ../../../codelists leaves it
        Path climbing = HostileFiles.write(delivery.resolve("udx/bldg/b_bldg.gml"), HostileFiles.texturedModel(
                List.of("app/wall.png"), extras.replace("../../codelists", "../../../codelists"), ""));

        for (Path opened : List.of(inside, delivery, delivery.resolve("udx"), delivery.resolve("udx/bldg"))) {
            CityFile file = load(opened);
            assertThat(file.objects().get(0).attribute("bldg:class").label()).as(opened.toString()).isEqualTo("普通建物");
            assertThat(outside(file)).as(opened.toString()).isEmpty();
            assertThat(texturePaths(file)).as(opened.toString())
                    .containsExactly(delivery.resolve("udx/bldg/app/wall.png").toString());
        }
        // flood maps lie deeper: udx/fld/pref/<river>/file.gml names ../../../../codelists
        Path flood = HostileFiles.write(delivery.resolve("udx/fld/pref/tama/c_fld.gml"), HostileFiles.texturedModel(
                List.of("../../../bldg/app/wall.png"), extras.replace("../../codelists", "../../../../codelists"), ""));
        assertThat(load(flood).objects().get(0).attribute("bldg:class").label()).isEqualTo("普通建物");
        assertThat(outside(load(flood))).isEmpty();
        CityFile out = load(climbing);
        assertThat(out.objects().get(0).attribute("bldg:class").label()).isNull();
        assertThat(only(outside(out), "Code list").message()).contains(delivery.toString());
    }

    @Test
    void aLinkInsideTheRootLeadingOutIsRefusedToo() throws Exception {
        HostileFiles.write(box.resolve("secret.png"), HostileFiles.png(4, 4, 0xFF0000));
        Files.createDirectories(root);
        Files.createSymbolicLink(root.resolve("link.png"), box.resolve("secret.png"));
        Files.createSymbolicLink(root.resolve("linkdir"), box);
        HostileFiles.write(root.resolve("tex/ok.png"), HostileFiles.png(4, 4, 0x00FF00));
        Files.createSymbolicLink(root.resolve("alias.png"), root.resolve("tex/ok.png"));
        Path gml = HostileFiles.write(root.resolve("links.gml"),
                HostileFiles.texturedModel(List.of("link.png", "linkdir/secret.png", "alias.png"), "", ""));

        CityFile file = load(gml);

        LoadIssue textures = only(outside(file), "Texture image");
        assertThat(textures.count()).isEqualTo(2);
        assertThat(texturePaths(file)).as("a link staying inside is followed")
                .containsExactly(root.resolve("alias.png").toString());
    }

    @Test
    void aCityGmlFileInAnOpenedFolderLinkingOutIsNotRead() throws Exception {
        Path elsewhere = HostileFiles.write(box.resolve("elsewhere.gml"), HostileFiles.texturedModel(List.of("x.png"), "", ""));
        Path good = HostileFiles.write(root.resolve("a.gml"), HostileFiles.texturedModel(List.of("x.png"), "", ""));
        Files.createSymbolicLink(root.resolve("b.gml"), elsewhere);

        List<CityFile> files;
        try (DatasetLoader loader = new DatasetLoader(crs)) {
            files = loader.load(List.of(root), LoadProgress.NONE, new CancelToken()).files();
        }

        assertThat(files).extracting(CityFile::path).containsExactly(good.toString(), root.resolve("b.gml").toString());
        assertThat(files.get(0).objects()).hasSize(1);
        CityFile link = files.get(1);
        assertThat(link.objects()).isEmpty();
        assertThat(link.issues()).singleElement().satisfies(i -> {
            assertThat(i.category()).isEqualTo(IssueCategory.OUTSIDE_DATASET);
            assertThat(i.message()).contains("link to a file outside the opened folder");
        });
    }

    private static LoadIssue only(List<LoadIssue> issues, String kind) {
        List<LoadIssue> of = issues.stream().filter(i -> i.message().startsWith(kind)).toList();
        assertThat(of).as(kind).hasSize(1);
        return of.get(0);
    }

    private static Set<String> messages(CityFile file) {
        return file.issues().stream().map(LoadIssue::message).collect(Collectors.toSet());
    }

    private static List<String> texturePaths(CityFile file) {
        List<String> paths = new ArrayList<>();
        for (CityObject o : file.objects()) {
            for (MeshPart m : o.meshes().values()) {
                if (m.looks() == null) continue;
                for (SurfaceLook look : m.looks()) {
                    if (look.isTextured() && !paths.contains(look.texturePath())) paths.add(look.texturePath());
                }
            }
        }
        return paths;
    }

    /**
     * A named pipe with a writer waiting for a reader: whoever opens it for reading (this JVM, any library)
     * releases the writer, so {@link #opened()} tells whether anything opened the file at all.
     */
    private static final class Pipe {
        private final Path path;
        private final AtomicBoolean opened = new AtomicBoolean();

        private Pipe(Path path) {
            this.path = path;
        }

        static Pipe at(Path path) throws Exception {
            Files.createDirectories(path.getParent());
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
            org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed for this test");
            Pipe pipe = new Pipe(path);
            Thread writer = new Thread(() -> {
                try (OutputStream out = Files.newOutputStream(path)) { // blocks until a reader opens the pipe
                    pipe.opened.set(true);
                } catch (IOException e) {
                    // released at the end of the test
                }
            }, "test-pipe-writer");
            writer.setDaemon(true);
            writer.start();
            return pipe;
        }

        boolean opened() {
            return opened.get();
        }

        /** Opens the pipe for reading once, so the waiting writer thread ends. */
        void release() {
            if (opened.get()) return;
            try {
                Files.newInputStream(path).close();
            } catch (IOException e) {
                // nothing waiting
            }
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }
}
