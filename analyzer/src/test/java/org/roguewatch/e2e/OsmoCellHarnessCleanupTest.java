package org.roguewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness leaves nothing behind: the osmo processes are stopped by PID and the namespace deleted
 * when the test body fails, when the JVM is killed with SIGTERM (shutdown hook), and after a SIGKILL
 * by the next run, which removes what the dead JVM left.
 */
class OsmoCellHarnessCleanupTest {
    private static final OsmoCellConfig HOSTILE = OsmoCellConfig.hostile("262", "42", 999, 4711, 868);

    @BeforeAll
    static void machineCanRunTheStack() {
        E2ePrerequisites.require();
    }

    @Test
    void processesAreStoppedAndTheNamespaceDeletedWhenTheTestBodyFails(@TempDir Path dir) throws Exception {
        OsmoCellHarness harness = OsmoCellHarness.open(dir); // skips here, not inside assertThrows, when unavailable
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> {
            try (harness) {
                harness.startCell(HOSTILE);
                throw new IllegalStateException("a failing assertion in the middle of the test");
            }
        });
        assertEquals("a failing assertion in the middle of the test", failure.getMessage());
        List<TrackedProcesses.Started> started = harness.processes().started();
        assertEquals(List.of("osmo-bsc", "osmo-bts-virtual"), started.stream().map(TrackedProcesses.Started::role).toList());
        for (TrackedProcesses.Started process : started) {
            assertFalse(ProcessHandle.of(process.pid()).map(ProcessHandle::isAlive).orElse(false),
                    process.role() + " PID " + process.pid() + " still runs");
        }
        NetworkNamespace namespace = harness.namespace();
        assertFalse(NetworkNamespace.exists(namespace.ip(), namespace.name()), namespace.name() + " still exists");
    }

    @Test
    void shutdownHookStopsTheProcessesAndDeletesTheNamespaceWhenTheJvmIsKilled(@TempDir Path dir) throws Exception {
        List<String> java = ChildJvm.command(HarnessUnderSigtermMain.class, List.of(dir.toString()));
        Process child = new ProcessBuilder(java).redirectError(dir.resolve("child.log").toFile()).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.equals(HarnessUnderSigtermMain.READY);
                 line = out.readLine()) {
                lines.add(line);
            }
            assertTrue(child.isAlive(), "child exited early: " + lines + " " + Files.readString(dir.resolve("child.log")));
            child.destroy(); // SIGTERM: the JVM runs its shutdown hooks
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child JVM did not exit after SIGTERM");
        } finally {
            child.destroyForcibly();
        }
        String namespace = lines.stream().filter(l -> l.startsWith("namespace ")).findFirst().orElseThrow()
                .substring("namespace ".length());
        List<Long> pids = lines.stream().filter(l -> l.startsWith("pid ")).map(l -> Long.parseLong(l.split(" ")[2]))
                .toList();
        assertEquals(2, pids.size(), lines.toString());
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "PID " + pid + " still runs");
        }
        Path ip = E2ePrerequisites.onPath(E2ePrerequisites.IP).orElseThrow();
        assertFalse(NetworkNamespace.exists(ip, namespace), namespace + " still exists");
    }

    @Test
    void namespaceLeftByAKilledRunIsRemovedWithItsProcessesByTheNextRun(@TempDir Path dir) throws Exception {
        Path ip = E2ePrerequisites.require().get(0);
        Process finished = new ProcessBuilder("true").start();
        assertEquals(0, finished.waitFor());
        String name = OsmoCellHarness.NAME_PREFIX + finished.pid() + "-1"; // as a JVM that no longer runs named it
        NetworkNamespace leftover = NetworkNamespace.create(ip, name);
        Process orphan = new ProcessBuilder(leftover.exec(List.of("sleep", "60"))).start();
        try {
            OsmoCellHarness.open(dir).close();
            assertFalse(NetworkNamespace.exists(ip, name), name + " still exists");
            assertTrue(orphan.waitFor(5, TimeUnit.SECONDS), "the process left inside it still runs");
        } finally {
            orphan.destroyForcibly();
            if (NetworkNamespace.exists(ip, name)) {
                leftover.close();
            }
        }
    }

}
