package org.roguewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The real-stack test skips on a developer's machine that lacks something, and fails in CI instead. */
class E2ePrerequisitesTest {
    private static final String ABSENT = "rw-e2e-no-such-program";

    @Test
    void missingProgramSkipsNamingItOutsideCi() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> E2ePrerequisites.require(List.of("sh", ABSENT), true, false));
        assertTrue(skipped.getMessage().contains("'" + ABSENT + "' not found on PATH"), skipped.getMessage());
        assertTrue(skipped.getMessage().contains("osmo-bsc and osmo-bts;"), skipped.getMessage());
    }

    @Test
    void missingProgramFailsTheTestInCi() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> E2ePrerequisites.require(List.of(ABSENT), true, true));
        assertTrue(failed.getMessage().contains("CI=true, so this is a failure"), failed.getMessage());
    }

    @Test
    void notBeingRootIsNamedTogetherWithMissingPrograms() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> E2ePrerequisites.require(List.of(ABSENT), false, false));
        assertTrue(skipped.getMessage().contains("not running as root"), skipped.getMessage());
        assertTrue(skipped.getMessage().contains(ABSENT), skipped.getMessage());
    }

    @Test
    void presentProgramsAreReturnedAsExecutablePathsInOrder() {
        List<Path> found = E2ePrerequisites.require(List.of("sh", "cat"), true, true);
        assertEquals(List.of("sh", "cat"), found.stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(found.stream().allMatch(Files::isExecutable), found.toString());
    }
}
