package org.roguewatch.capture;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

/** Skips a test, saying why, where libpcap cannot be loaded. */
final class Libpcap {
    private Libpcap() {
    }

    static void assumeAvailable() {
        String problem = null;
        try {
            LibpcapLocator.ensureLoaded();
        } catch (IOException e) {
            problem = e.getMessage();
        }
        String why = problem;
        assumeTrue(why == null, () -> "skipped: " + why);
    }
}
