package org.citytwin.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child-JVM main for {@link ProjectStoreTest}: writes two large versions of a project in turn through the store's save path, forever, so that a
 * kill -9 from the test lands in the middle of a save. Prints "saved" once the first save is on disk.
 */
public final class SaveLoop {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        // Rendered once: the loop then spends its time writing, where a kill can tear a file that is not atomic.
        String[] versions = {ProjectJson.write(big("even")), ProjectJson.write(big("odd"))};
        for (long i = 0; ; i++) {
            ProjectStore.writeAtomically(file, versions[(int) (i % 2)]);
            if (i == 0) {
                System.out.println("saved");
                System.out.flush();
            }
        }
    }

    static Project big(String name) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) edits.add(new Edit.ChangeHeight("bldg_" + name + "_" + i, 10 + i % 50));
        return new Project(List.of("data/tile.gml"), List.of(new Scenario(name, edits)));
    }
}
