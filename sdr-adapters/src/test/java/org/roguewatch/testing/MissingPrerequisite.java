package org.roguewatch.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when the machine lacks a program or a privilege it needs: on a developer's machine it is
 * skipped with the reason; in CI (environment {@code CI=true}), where {@code .ci/run} installs everything, it
 * fails instead, so the check can never silently vanish.
 */
public final class MissingPrerequisite {
    private MissingPrerequisite() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (ci false) or fails (ci true) the calling test with this message. */
    public static void skipOrFail(String message, boolean ci) {
        if (ci) {
            fail(message + "; CI=true, so this is a failure, not a skip");
        }
        Assumptions.abort(message);
    }

    public static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
