package org.citytwin.pipeline.codelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolver on inline gml:Dictionary fixtures laid out as in a PLATEAU delivery (codelists/ two levels up). */
class CodeListResolverTest {

    private static final String DICTIONARY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gml:Dictionary xmlns:gml="http://www.opengis.net/gml" gml:id="cl">
              <gml:name>Common_localPublicAuthoritiesType</gml:name>
              <gml:dictionaryEntry>
                <gml:Definition gml:id="id1"><gml:description>東京都</gml:description><gml:name>13</gml:name></gml:Definition>
              </gml:dictionaryEntry>
              <gml:dictionaryEntry>
                <gml:Definition gml:id="id2">
                  <gml:name> 13111 </gml:name>
                  <gml:description>東京都大田区</gml:description>
                </gml:Definition>
              </gml:dictionaryEntry>
            </gml:Dictionary>
            """;

    @TempDir
    Path dir;

    private Path gmlFile() throws Exception {
        Path gml = dir.resolve("udx/bldg/a.gml");
        Files.createDirectories(gml.getParent());
        Files.createDirectories(dir.resolve("codelists"));
        Files.writeString(dir.resolve("codelists/Common_localPublicAuthorities.xml"), DICTIONARY);
        return gml;
    }

    @Test
    void looksUpCodesRelativeToTheGmlFile() throws Exception {
        Path gml = gmlFile();
        CodeListResolver resolver = new CodeListResolver();

        String cs = "../../codelists/Common_localPublicAuthorities.xml";
        assertThat(resolver.label(gml, cs, "13111")).isEqualTo("東京都大田区");
        assertThat(resolver.label(gml, cs, "13")).isEqualTo("東京都");
        assertThat(resolver.label(gml, cs, " 13 ")).as("codes are compared trimmed").isEqualTo("東京都");
        assertThat(resolver.label(gml, cs, "99999")).isNull();
        assertThat(resolver.codeList(gml, cs).labels()).as("the dictionary's own gml:name is no code").hasSize(2);
    }

    @Test
    void readsEachListOnceEvenFromManyThreads() throws Exception {
        Path gml = gmlFile();
        CodeListResolver resolver = new CodeListResolver();
        String cs = "../../codelists/Common_localPublicAuthorities.xml";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CodeList>> lists = pool.invokeAll(java.util.Collections.nCopies(64, () -> resolver.codeList(gml, cs)));
            CodeList first = lists.get(0).get();
            for (Future<CodeList> f : lists) assertThat(f.get()).isSameAs(first);
        } finally {
            pool.shutdownNow();
        }
        // a changed file is not read again by the same resolver
        Files.writeString(dir.resolve("codelists/Common_localPublicAuthorities.xml"), DICTIONARY.replace("東京都大田区", "changed"));
        assertThat(resolver.label(gml, cs, "13111")).isEqualTo("東京都大田区");
        // the same list reached through another relative spelling is the same entry
        assertThat(resolver.codeList(gml, "../bldg/../../codelists/Common_localPublicAuthorities.xml"))
                .isSameAs(resolver.codeList(gml, cs));
    }

    @Test
    void missingAndBrokenListsYieldNullAndAreReportedOnce() throws Exception {
        Path gml = gmlFile();
        Files.writeString(dir.resolve("codelists/Broken.xml"), "<gml:Dictionary xmlns:gml=\"http://www.opengis.net/gml\"><gml:dictionaryEntry>");
        CodeListResolver resolver = new CodeListResolver();

        assertThat(resolver.label(gml, "../../codelists/Missing.xml", "1")).isNull();
        CodeList missing = resolver.codeList(gml, "../../codelists/Missing.xml");
        assertThat(missing.usable()).isFalse();
        assertThat(missing.problem()).isEqualTo("missing");
        assertThat(missing.path()).isEqualTo(dir.resolve("codelists/Missing.xml").toAbsolutePath().normalize());
        assertThat(resolver.firstReport(missing.path())).isTrue();
        assertThat(resolver.firstReport(missing.path())).isFalse();

        assertThat(resolver.label(gml, "../../codelists/Broken.xml", "1")).isNull();
        assertThat(resolver.codeList(gml, "../../codelists/Broken.xml").problem()).startsWith("unreadable");
    }

    @Test
    void remoteCodeSpacesAreNeverFetched() throws Exception {
        Path gml = gmlFile();
        CodeListResolver resolver = new CodeListResolver();

        assertThat(resolver.codeList(gml, "http://example.com/codelists/Building_usage.xml")).isNull();
        assertThat(resolver.codeList(gml, "urn:ogc:def:x")).isNull();
        assertThat(resolver.codeList(gml, " ")).isNull();
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path gml = gmlFile();
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Files.writeString(dir.resolve("codelists/Evil.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE d [<!ENTITY x SYSTEM "%s">]>
                <gml:Dictionary xmlns:gml="http://www.opengis.net/gml">
                  <gml:dictionaryEntry><gml:Definition><gml:name>1</gml:name><gml:description>&x;</gml:description></gml:Definition></gml:dictionaryEntry>
                </gml:Dictionary>
                """.formatted(secret.toUri()));
        CodeListResolver resolver = new CodeListResolver();

        String label = resolver.label(gml, "../../codelists/Evil.xml", "1");

        assertThat(label == null ? "" : label).doesNotContain("SECRET");
    }
}
