package org.citytwin.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** About's licence list against the pom: every dependency that ships (not test scope) is named with its licence. */
class BundledLibrariesTest {

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    @Test
    void everyShippedDependencyOfThePomIsListed() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        List<String> shipped = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(dependencies);
        while (m.find()) {
            if (m.group(1).contains("<scope>test</scope>")) continue;
            Matcher a = ARTIFACT.matcher(m.group(1));
            if (a.find()) shipped.add(a.group(1));
        }
        assertThat(shipped).contains("citygml4j-xml", "javafx-controls", "picocli");
        List<String> listed = BundledLibraries.all().stream().flatMap(l -> l.artifacts().stream()).toList();
        assertThat(listed).containsAll(shipped);
        assertThat(BundledLibraries.all()).allSatisfy(l -> assertThat(l.licence()).isNotBlank());
    }

    @Test
    void theVersionComesFromThePom() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher v = Pattern.compile("<artifactId>citytwin</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(v.find()).isTrue();
        assertThat(AppVersion.current()).isEqualTo(v.group(1));
    }
}
