package org.roguewatch.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roguewatch.capture.LibpcapLocator;
import org.roguewatch.testing.MissingPrerequisite;

/**
 * What the real-stack test needs from the machine: root (to make a network namespace), iproute2's
 * {@code ip}, libpcap, and Osmocom's {@code osmo-bsc} and {@code osmo-bts-virtual}. On a developer's machine a
 * missing piece skips the test with a message; in CI (environment {@code CI=true}), where
 * {@code .ci/run} installs them, it fails the test instead, so the check can never silently vanish.
 */
final class E2ePrerequisites {
    static final String IP = "ip";
    static final String OSMO_BSC = "osmo-bsc";
    static final String OSMO_BTS_VIRTUAL = "osmo-bts-virtual";
    /** {@code ip} lives in /usr/sbin or /sbin, which a non-login PATH may lack. */
    private static final List<String> EXTRA_DIRECTORIES = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    private E2ePrerequisites() {
    }

    static boolean inCi() {
        return MissingPrerequisite.inCi();
    }

    /** Skips (or, in CI, fails) the calling test with {@code reason}. */
    static void unavailable(String reason) {
        unavailable(reason, inCi());
    }

    static void unavailable(String reason, boolean ci) {
        String message = "real GSM stack end-to-end test cannot run: " + reason
                + " (needs root, and the Debian packages iproute2, libpcap0.8, osmo-bsc and osmo-bts; .ci/run installs them)";
        MissingPrerequisite.skipOrFail(message, ci);
    }

    /**
     * Checks root, libpcap (the virtual Um is recorded through it) and the three programs; returns the
     * programs' absolute paths in the order ip, bsc, bts.
     */
    static List<Path> require() {
        List<String> missing = new ArrayList<>();
        try {
            LibpcapLocator.ensureLoaded();
        } catch (IOException e) {
            missing.add(e.getMessage());
        }
        return require(List.of(IP, OSMO_BSC, OSMO_BTS_VIRTUAL), isRoot(), inCi(), missing);
    }

    /** Checks {@code root} and the programs, naming everything missing at once; returns their paths in order. */
    static List<Path> require(List<String> names, boolean root, boolean ci) {
        return require(names, root, ci, List.of());
    }

    private static List<Path> require(List<String> names, boolean root, boolean ci, List<String> alreadyMissing) {
        List<String> missing = new ArrayList<>(alreadyMissing);
        if (!root) {
            missing.add("not running as root (network namespaces need CAP_SYS_ADMIN)");
        }
        List<Path> programs = new ArrayList<>();
        for (String name : names) {
            Optional<Path> found = onPath(name);
            found.ifPresentOrElse(programs::add, () -> missing.add("'" + name + "' not found on PATH"));
        }
        if (!missing.isEmpty()) {
            unavailable(String.join("; ", missing), ci);
        }
        return programs;
    }

    static boolean isRoot() {
        return MissingPrerequisite.isRoot();
    }

    static Optional<Path> onPath(String program) {
        List<String> directories = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            directories.addAll(List.of(path.split(":")));
        }
        directories.addAll(EXTRA_DIRECTORIES);
        return directories.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, program))
                .filter(Files::isExecutable).findFirst();
    }
}
