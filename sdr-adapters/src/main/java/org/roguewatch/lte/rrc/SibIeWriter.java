package org.roguewatch.lte.rrc;

import java.util.List;
import org.roguewatch.lte.per.PerWriter;

/** Writes the small IEs the broadcast messages share: the inverse of {@link SibIeReader}. */
final class SibIeWriter {
    private SibIeWriter() {
    }

    /** An ENUMERATED value without extension marker: its index in the table. */
    static <T> void enumerated(PerWriter out, List<T> table, T value, String field) {
        int index = table.indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException(field + " " + value + " is not one of " + table);
        }
        out.constrained(index, 0, table.size() - 1);
    }

    /** The presence bits of a SEQUENCE's OPTIONAL fields, in order. */
    static void optionals(PerWriter out, boolean... present) {
        for (boolean bit : present) {
            out.bit(bit);
        }
    }

    static void qRxLevMin(PerWriter out, int value) {
        out.constrained(value, -70, -22);
    }

    static void pMax(PerWriter out, int value) {
        out.constrained(value, -30, 33);
    }

    static void reselectionThreshold(PerWriter out, int value) {
        out.constrained(value, 0, 31);
    }

    static void priority(PerWriter out, int value) {
        out.constrained(value, 0, 7);
    }

    static void tReselection(PerWriter out, int value) {
        out.constrained(value, 0, 7);
    }

    static void earfcn(PerWriter out, int value) {
        out.constrained(value, 0, 65535);
    }

    static void pci(PerWriter out, int value) {
        out.constrained(value, 0, 503);
    }

    static void qOffsetDb(PerWriter out, int db, String field) {
        enumerated(out, SibValueTables.Q_OFFSET_RANGE_DB, db, field);
    }

    /** PhysCellIdRange: a count of 1 is the start alone (range absent); 0 is written as the spare value spare2. */
    static void pciRange(PerWriter out, PciRange range) {
        boolean hasRange = range.count() != 1;
        out.bit(hasRange);
        pci(out, range.start());
        if (hasRange) {
            enumerated(out, SibValueTables.PCI_RANGE, range.count(), "PhysCellIdRange range");
        }
    }

    /** The extension bit of an extensible SEQUENCE we write without additions. */
    static void noExtensions(PerWriter out) {
        out.bit(false);
    }
}
