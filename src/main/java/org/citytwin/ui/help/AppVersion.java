package org.citytwin.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The program's version: the jar manifest's Implementation-Version (the shaded jar), else {@code version.properties},
 * which Maven fills in from the pom when it copies resources (so a classes folder, in tests and IDEs, knows it too).
 */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        String manifest = AppVersion.class.getPackage().getImplementationVersion();
        if (manifest != null && !manifest.isBlank()) return manifest;
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/citytwin/version.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v; // an unfiltered copy (resources copied by something other than Maven)
        } catch (IOException e) {
            return "dev";
        }
    }
}
