package org.roguewatch.lte.rrc;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.per.PerReader;
import org.roguewatch.lte.per.PerWriter;

/**
 * CarrierFreqsGERAN (TS 36.331 6.3.4): a starting ARFCN, a band indicator and the following ARFCNs
 * in one of three forms, expanded here to the ARFCN list the field description defines.
 */
record GeranArfcnSet(List<Integer> arfcns, String band) {
    static final String[] BANDS = {"dcs1800", "pcs1900"};
    private static final int ARFCNS = 1024;

    /** How the following ARFCNs are written (the followingARFCNs CHOICE). */
    enum Form { EXPLICIT, EQUALLY_SPACED, BITMAP }

    GeranArfcnSet {
        arfcns = List.copyOf(arfcns);
    }

    static GeranArfcnSet read(PerReader in) {
        int start = in.constrainedInt(0, ARFCNS - 1);
        String band = BANDS[in.constrainedInt(0, 1)];
        List<Integer> arfcns = new ArrayList<>();
        arfcns.add(start);
        switch (in.choice(3, false)) {
            case 0 -> {
                int count = in.length(0, 31);
                for (int i = 0; i < count; i++) {
                    arfcns.add(in.constrainedInt(0, ARFCNS - 1));
                }
            }
            case 1 -> {
                // ARFCN(n) = (startingARFCN + n * arfcn-Spacing) mod 1024, n = 1..numberOfFollowingARFCNs
                int spacing = in.constrainedInt(1, 8);
                int following = in.constrainedInt(0, 31);
                for (int n = 1; n <= following; n++) {
                    arfcns.add((start + n * spacing) % ARFCNS);
                }
            }
            default -> {
                // The leading bit of the first octet is ARFCN (startingARFCN + 1) mod 1024, and so on.
                byte[] bitmap = in.octets(1, 16);
                for (int bit = 0; bit < bitmap.length * 8; bit++) {
                    if ((bitmap[bit >>> 3] & (0x80 >>> (bit & 7))) != 0) {
                        arfcns.add((start + 1 + bit) % ARFCNS);
                    }
                }
            }
        }
        return new GeranArfcnSet(arfcns, band);
    }

    /**
     * The form that reproduces this list exactly when read back: equally spaced when it is, else a
     * bitmap when the ARFCNs rise within 128 of the start, else an explicit list.
     */
    Form form() {
        if (arfcns.isEmpty() || arfcns.size() > 32) {
            throw new IllegalArgumentException("CarrierFreqsGERAN holds 1..32 ARFCNs, not " + arfcns.size());
        }
        int start = arfcns.get(0);
        if (arfcns.size() == 1) {
            return Form.EQUALLY_SPACED;
        }
        int spacing = offset(start, arfcns.get(1));
        boolean equal = spacing >= 1 && spacing <= 8;
        boolean rising = true;
        int previous = 0;
        for (int i = 1; i < arfcns.size(); i++) {
            int offset = offset(start, arfcns.get(i));
            equal &= offset == i * spacing;
            rising &= offset > previous && offset <= 128;
            previous = offset;
        }
        if (equal) {
            return Form.EQUALLY_SPACED;
        }
        return rising ? Form.BITMAP : Form.EXPLICIT;
    }

    void write(PerWriter out) {
        int start = arfcns.get(0);
        out.constrained(start, 0, ARFCNS - 1);
        out.constrained(bandIndex(band), 0, 1);
        switch (form()) {
            case EXPLICIT -> {
                out.choice(0, 3, false);
                out.length(arfcns.size() - 1, 0, 31);
                for (int i = 1; i < arfcns.size(); i++) {
                    out.constrained(arfcns.get(i), 0, ARFCNS - 1);
                }
            }
            case EQUALLY_SPACED -> {
                out.choice(1, 3, false);
                out.constrained(arfcns.size() == 1 ? 1 : offset(start, arfcns.get(1)), 1, 8);
                out.constrained(arfcns.size() - 1, 0, 31);
            }
            case BITMAP -> {
                int last = offset(start, arfcns.get(arfcns.size() - 1));
                byte[] bitmap = new byte[(last + 7) / 8];
                for (int i = 1; i < arfcns.size(); i++) {
                    int bit = offset(start, arfcns.get(i)) - 1;
                    bitmap[bit >>> 3] |= (byte) (0x80 >>> (bit & 7));
                }
                out.choice(2, 3, false);
                out.octets(bitmap, 1, 16);
            }
        }
    }

    static int bandIndex(String band) {
        for (int i = 0; i < BANDS.length; i++) {
            if (BANDS[i].equals(band)) {
                return i;
            }
        }
        throw new IllegalArgumentException("GERAN band indicator " + band + " is not dcs1800 or pcs1900");
    }

    private static int offset(int start, int arfcn) {
        if (arfcn < 0 || arfcn >= ARFCNS) {
            throw new IllegalArgumentException("ARFCN " + arfcn + " outside 0..1023");
        }
        return Math.floorMod(arfcn - start, ARFCNS);
    }
}
