package org.citytwin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "inspect", mixinStandardHelpOptions = true, description = "being written")
public final class InspectCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
