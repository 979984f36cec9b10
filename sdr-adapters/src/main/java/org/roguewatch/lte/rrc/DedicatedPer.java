package org.roguewatch.lte.rrc;

import org.roguewatch.decode.DecodeException;
import org.roguewatch.lte.per.PerReader;
import org.roguewatch.lte.per.PerWriter;

/** PER patterns the dedicated messages share, on top of {@link PerReader} and {@link PerWriter}. */
final class DedicatedPer {
    static final String LAYER = "lte-rrc";
    static final int MAX_EARFCN = 65535;
    static final int MAX_EARFCN2 = 262143;

    private DedicatedPer() {
    }

    /**
     * An extension alternative of an extensible CHOICE (X.691 23.8): the extension bit, the
     * alternative's index as a normally small number, then its encoding as an open type.
     */
    static void extensionChoice(PerWriter out, int extensionIndex, byte[] content) {
        out.bit(true).normallySmall(extensionIndex).openType(content);
    }

    /**
     * The critical extension of an RRC message whose criticalExtensions is
     * {@code CHOICE { c1 CHOICE {rN-IEs, spares...}, criticalExtensionsFuture SEQUENCE {} }}:
     * the c1 index, or −1 for criticalExtensionsFuture.
     */
    static int criticalExtensionC1(PerReader in, int c1Alternatives) {
        if (in.bit()) {
            return -1;
        }
        return in.constrainedInt(0, c1Alternatives - 1);
    }

    /** Writes criticalExtensions c1 with its first alternative (the r8 IEs). */
    static void writeC1First(PerWriter out, int c1Alternatives) {
        out.bit(false).constrained(0, 0, c1Alternatives - 1);
    }

    /**
     * An extensible CHOICE index: the root index, or root + the extension alternative's index. A
     * normally small extension index past {@code Integer.MAX_VALUE - root} (which {@link PerReader}
     * would wrap to a negative int) is reported rather than misread.
     */
    static int choice(PerReader in, int root) {
        return checkedIndex(in, in.choice(root, true), "CHOICE");
    }

    /** An extensible ENUMERATED value, guarded like {@link #choice}. */
    static int enumerated(PerReader in, int root) {
        return checkedIndex(in, in.enumerated(root, true), "ENUMERATED");
    }

    private static int checkedIndex(PerReader in, int index, String what) {
        if (index < 0) {
            throw in.error("extension-index", what + " extension index beyond 2^31");
        }
        return index;
    }

    /**
     * Skips the extension additions of an extensible SEQUENCE whose extension bit was set (X.691
     * 19.7, 19.8): their count, presence bitmap and open types. Unlike
     * {@link PerReader#extensionAdditions()} it allocates nothing from the count, so a garbage count
     * of billions is reported as truncated instead of exhausting memory.
     */
    static void skipExtensionAdditions(PerReader in) {
        long count = in.normallySmall() + 1;
        if (count > in.remaining()) {
            throw new DecodeException(LAYER + ".truncated", (int) (in.position() >>> 3),
                    LAYER + ": " + count + " extension additions announced, only " + in.remaining() + " bits left");
        }
        long present = 0;
        for (long i = 0; i < count; i++) {
            if (in.bit()) {
                present++;
            }
        }
        for (long i = 0; i < present; i++) {
            in.skipOpenType();
        }
    }

    /** A UTRA or E-UTRA carrier within its ASN.1 range. */
    static int checkedRange(int value, int lb, int ub, String what) {
        if (value < lb || value > ub) {
            throw new IllegalArgumentException(what + " " + value + " outside " + lb + ".." + ub);
        }
        return value;
    }
}
