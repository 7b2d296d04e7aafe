package org.citytwin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: the scene/UI work fills this in. */
@Command(name = "snapshot", mixinStandardHelpOptions = true, description = "Renders CityGML with the 3D pipeline to a PNG")
public final class SnapshotCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
