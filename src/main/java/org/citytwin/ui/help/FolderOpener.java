package org.citytwin.ui.help;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Shows a folder in the system's file manager, off the FX thread (desktop calls can block for seconds): AWT's
 * Desktop where it works, else the platform's opener command. Failures are reported, never thrown.
 */
public final class FolderOpener {

    private FolderOpener() {
    }

    /** @param problem told (on the background thread) what went wrong, in a sentence naming the folder */
    public static void open(Path folder, Consumer<String> problem) {
        Thread t = new Thread(() -> {
            try {
                Files.createDirectories(folder);
                if (!viaDesktop(folder)) new ProcessBuilder(command(folder)).inheritIO().start();
            } catch (IOException | RuntimeException e) {
                problem.accept(org.citytwin.text.Texts.get("help.log.open-failed", folder, e.getMessage()));
            }
        }, "citytwin-open-folder");
        t.setDaemon(true);
        t.start();
    }

    private static boolean viaDesktop(Path folder) {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.Desktop.isDesktopSupported()) return false;
            java.awt.Desktop desktop = java.awt.Desktop.getDesktop();
            if (!desktop.isSupported(java.awt.Desktop.Action.OPEN)) return false;
            desktop.open(folder.toFile());
            return true;
        } catch (IOException | RuntimeException | LinkageError e) {
            return false; // no desktop integration here: try the command
        }
    }

    static List<String> command(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) return List.of("explorer.exe", folder.toString());
        if (os.startsWith("mac")) return List.of("open", folder.toString());
        return List.of("xdg-open", folder.toString());
    }
}
