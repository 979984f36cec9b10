package org.roguewatch.lte.rrc;

import java.util.ArrayList;
import java.util.List;

/**
 * The three forms of CarrierFreqsGERAN followingARFCNs (TS 36.331 6.3.4, field descriptions) and
 * their expansion into the group's ARFCNs, starting ARFCN s first:
 * <ul>
 *   <li>explicitListOfARFCNs: the remaining ARFCNs one by one;</li>
 *   <li>equallySpacedARFCNs: {s, (s + d) mod 1024, …, (s + n·d) mod 1024};</li>
 *   <li>variableBitMapOfARFCNs: the leading bit of the first octet is (s + 1) mod 1024, the next
 *       (s + 2) mod 1024, …; each bit set adds that ARFCN.</li>
 * </ul>
 */
final class GeranFollowingArfcns {
    static final int EXPLICIT = 0;
    static final int EQUALLY_SPACED = 1;
    static final int BITMAP = 2;

    private static final int ARFCNS = 1024;
    private static final int MAX_EXPLICIT = 31;
    private static final int MAX_BITMAP_OCTETS = 16;

    private GeranFollowingArfcns() {
    }

    static List<Integer> explicit(int start, List<Integer> following) {
        List<Integer> arfcns = new ArrayList<>(following.size() + 1);
        arfcns.add(start);
        arfcns.addAll(following);
        return arfcns;
    }

    static List<Integer> equallySpaced(int start, int spacing, int following) {
        List<Integer> arfcns = new ArrayList<>(following + 1);
        for (int i = 0; i <= following; i++) {
            arfcns.add((start + i * spacing) % ARFCNS);
        }
        return arfcns;
    }

    static List<Integer> bitmap(int start, byte[] bitmap) {
        List<Integer> arfcns = new ArrayList<>();
        arfcns.add(start);
        for (int bit = 0; bit < bitmap.length * 8; bit++) {
            if ((bitmap[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                arfcns.add((start + bit + 1) % ARFCNS);
            }
        }
        return arfcns;
    }

    /**
     * The form an encoder uses for {@code arfcns} (whose first element is the starting ARFCN), chosen
     * so that decoding gives back exactly this list: equally spaced when the list is an arithmetic
     * progression with spacing 1..8 and at least one ARFCN follows; else a bitmap when the
     * following ARFCNs are strictly increasing offsets 1..128 from the start; else the explicit list.
     *
     * @throws IllegalArgumentException when no form can carry the list
     */
    static int formFor(List<Integer> arfcns) {
        int start = arfcns.get(0);
        int following = arfcns.size() - 1;
        if (following >= 1 && following <= MAX_EXPLICIT) {
            int spacing = Math.floorMod(arfcns.get(1) - start, ARFCNS);
            if (spacing >= 1 && spacing <= 8 && equallySpaced(start, spacing, following).equals(arfcns)) {
                return EQUALLY_SPACED;
            }
        }
        if (following >= 1 && bitmapOffsetsIncrease(arfcns)) {
            return BITMAP;
        }
        if (following <= MAX_EXPLICIT) {
            return EXPLICIT;
        }
        throw new IllegalArgumentException("no CarrierFreqsGERAN form carries " + arfcns);
    }

    /** The spacing d of an equally spaced list. */
    static int spacing(List<Integer> arfcns) {
        return Math.floorMod(arfcns.get(1) - arfcns.get(0), ARFCNS);
    }

    /** The shortest bitmap (1..16 octets) of a list that {@link #formFor} gives {@link #BITMAP}. */
    static byte[] bitmapOf(List<Integer> arfcns) {
        int start = arfcns.get(0);
        int lastOffset = Math.floorMod(arfcns.get(arfcns.size() - 1) - start, ARFCNS);
        byte[] bitmap = new byte[(lastOffset + 7) / 8];
        for (int arfcn : arfcns.subList(1, arfcns.size())) {
            int bit = Math.floorMod(arfcn - start, ARFCNS) - 1;
            bitmap[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return bitmap;
    }

    private static boolean bitmapOffsetsIncrease(List<Integer> arfcns) {
        int start = arfcns.get(0);
        int previous = 0;
        for (int arfcn : arfcns.subList(1, arfcns.size())) {
            if (arfcn < 0 || arfcn >= ARFCNS) {
                return false;
            }
            int offset = Math.floorMod(arfcn - start, ARFCNS);
            if (offset <= previous || offset > MAX_BITMAP_OCTETS * 8) {
                return false;
            }
            previous = offset;
        }
        return true;
    }
}
