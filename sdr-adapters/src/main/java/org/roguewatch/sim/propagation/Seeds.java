package org.roguewatch.sim.propagation;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Independent, reproducible random streams from one scenario seed: each purpose (a shadowing
 * field, a cell's paging, a probe's fading) gets its own {@link Random} seeded from the scenario
 * seed and a label, so adding an emitter never changes another's numbers. {@code java.util.Random}
 * is used because its algorithm is fixed by its specification, so output stays byte-identical
 * across JDKs.
 */
public final class Seeds {
    private Seeds() {
    }

    public static Random random(long seed, String label) {
        return new Random(derive(seed, label));
    }

    /** SplitMix64 finalisers over the seed and the label's UTF-8 bytes. */
    public static long derive(long seed, String label) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xff));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
