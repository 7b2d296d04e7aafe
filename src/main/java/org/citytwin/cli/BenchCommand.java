package org.citytwin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "being written")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 1;
    }
}
