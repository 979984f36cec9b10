package org.roguewatch.lte.nas;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.roguewatch.decode.Octets;

/**
 * The non-imperative part of a message (TS 24.007 11.2.4, TS 24.301 9.9.1), read to its end. An
 * IEI with bit 8 set is a one-octet IE (type 1: IEI in the high half, value in the low half; or
 * type 2). Otherwise the message's own table says which IEIs are type 3 (TV) of a fixed length;
 * any other IEI is followed by its length: two octets when bits 7-4 are all 1 (IEIs 0x78-0x7F,
 * which 24.007 11.2.4 gives to type 6, TLV-E, in EPS messages), one octet otherwise (type 4, TLV).
 * So IEs we do not know, from later releases included, are skipped by their length, never guessed
 * at. When an IE repeats, the first occurrence counts (24.007 8.6.3).
 */
final class OptionalIes {
    private static final int TLV_E_BITS = 0x78;

    private final Map<Integer, Field> values = new HashMap<>();
    private final int[] halfOctets = new int[16];

    private OptionalIes() {
        Arrays.fill(halfOctets, -1);
    }

    /**
     * @param in         cursor at the first optional IE; consumed to its end
     * @param typeThree  IEI to total length (IEI included) of the message's type 3 IEs
     */
    static OptionalIes read(Octets in, Map<Integer, Integer> typeThree) {
        OptionalIes out = new OptionalIes();
        while (in.hasRemaining()) {
            int iei = in.u8("IEI");
            if ((iei & 0x80) != 0) {
                if (out.halfOctets[iei >>> 4] < 0) {
                    out.halfOctets[iei >>> 4] = iei & 0x0f;
                }
                continue;
            }
            String name = String.format("IE 0x%02x", iei);
            Integer fixed = typeThree.get(iei);
            Field value;
            if (fixed != null) {
                value = Ies.value(in, fixed - 1, name);
            } else if ((iei & TLV_E_BITS) == TLV_E_BITS) {
                value = Ies.lvE(in, name);
            } else {
                value = Ies.lv(in, name);
            }
            out.values.putIfAbsent(iei, value);
        }
        return out;
    }

    /** The value of the IE with this (full-octet) IEI, or {@code null} when absent. */
    Field get(int iei) {
        return values.get(iei);
    }

    /** The value half of the type 1 IE whose IEI is the high half {@code ieiNibble}, or -1. */
    int halfOctet(int ieiNibble) {
        return halfOctets[ieiNibble];
    }
}
