package org.roguewatch.lte.rrc;

import java.util.List;
import org.roguewatch.lte.per.PerReader;

/** Reads the small IEs the broadcast messages share (TS 36.331 6.3.4, 6.3.6) and skips extension additions. */
final class SibIeReader {
    private SibIeReader() {
    }

    /** An ENUMERATED value without extension marker, looked up in its table. */
    static <T> T enumerated(PerReader in, List<T> table) {
        return table.get(in.constrainedInt(0, table.size() - 1));
    }

    /** Q-RxLevMin ::= INTEGER (-70..-22). */
    static int qRxLevMin(PerReader in) {
        return in.constrainedInt(-70, -22);
    }

    /** P-Max ::= INTEGER (-30..33). */
    static int pMax(PerReader in) {
        return in.constrainedInt(-30, 33);
    }

    /** ReselectionThreshold / ReselectionThresholdQ-r9 ::= INTEGER (0..31). */
    static int reselectionThreshold(PerReader in) {
        return in.constrainedInt(0, 31);
    }

    /** CellReselectionPriority ::= INTEGER (0..7). */
    static int priority(PerReader in) {
        return in.constrainedInt(0, 7);
    }

    /** T-Reselection ::= INTEGER (0..7). */
    static int tReselection(PerReader in) {
        return in.constrainedInt(0, 7);
    }

    /** ARFCN-ValueEUTRA ::= INTEGER (0..maxEARFCN = 65535). */
    static int earfcn(PerReader in) {
        return in.constrainedInt(0, 65535);
    }

    /** PhysCellId ::= INTEGER (0..503). */
    static int pci(PerReader in) {
        return in.constrainedInt(0, 503);
    }

    /** PhysCellIdRange: start, and range OPTIONAL (absent: the start alone). */
    static PciRange pciRange(PerReader in) {
        boolean hasRange = in.bit();
        int start = pci(in);
        return new PciRange(start, hasRange ? enumerated(in, SibValueTables.PCI_RANGE) : 1);
    }

    /** SpeedStateScaleFactors: sf-Medium and sf-High, 4 values each; no field of ours depends on it. */
    static void skipSpeedStateScaleFactors(PerReader in) {
        in.skip(2 + 2);
    }

    /** Q-OffsetRange, in dB. */
    static int qOffsetDb(PerReader in) {
        return enumerated(in, SibValueTables.Q_OFFSET_RANGE_DB);
    }

    /**
     * The extension additions of an extensible SEQUENCE whose extension bit was set (X.691 19.7,
     * 19.8): a normally small length of the presence bitmap, the bitmap, then each present addition
     * as an open type, skipped by its length whatever release added it. Read here rather than with
     * {@link PerReader#extensionAdditions()} so that a bitmap length beyond 64 (which no RRC type
     * has, and which that method would turn into an array size) is reported as malformed.
     */
    static void skipExtensionAdditions(PerReader in, boolean extended) {
        if (!extended) {
            return;
        }
        if (in.bit()) {
            throw in.error("extension-additions", "more than 64 extension additions");
        }
        int count = in.bits(6) + 1;
        boolean[] present = in.optionals(count);
        for (boolean addition : present) {
            if (addition) {
                in.skipOpenType();
            }
        }
    }

    /**
     * The index of an extension value of an extensible ENUMERATED or CHOICE whose extension bit was
     * set: a normally small number (X.691 10.6), bounded so that no later arithmetic can overflow.
     */
    static int extensionIndex(PerReader in) {
        long index = in.normallySmall();
        if (index > 255) {
            throw in.error("extension-index", "extension value index " + index);
        }
        return (int) index;
    }
}
