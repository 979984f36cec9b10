package org.roguewatch.e2e;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child JVM for {@link OsmoCellHarnessCleanupTest}: opens a harness, starts a cell, reports what it
 * made ("namespace NAME", "pid ROLE PID" lines, then "ready") and waits to be killed with SIGTERM,
 * so the test can check that the shutdown hook stopped the processes and deleted the namespace.
 */
public final class HarnessUnderSigtermMain {
    static final String READY = "ready";

    private HarnessUnderSigtermMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        OsmoCellHarness harness = OsmoCellHarness.open(Path.of(args[0]));
        harness.startCell(OsmoCellConfig.hostile("262", "42", 999, 4711, 868));
        out.println("namespace " + harness.namespace().name());
        for (TrackedProcesses.Started started : harness.processes().started()) {
            out.println("pid " + started.role() + " " + started.pid());
        }
        out.println(READY);
        Thread.sleep(Long.MAX_VALUE); // never closed here: only the shutdown hook can clean up
    }
}
