package org.roguewatch.gsm.rr;

import org.roguewatch.decode.Octets;

/**
 * RACH Control Parameters (TS 44.018 10.5.2.29).
 *
 * @param maxRetrans                code 0..3 → 1, 2, 4, 7 retransmissions
 * @param txInteger                 Tx-integer code
 * @param cellBarred                CELL_BAR_ACCESS
 * @param reestablishmentNotAllowed RE bit
 * @param accessControlClasses      the 16 AC bits, class 15 in the most significant bit
 */
public record RachControlParameters(int maxRetrans, int txInteger, boolean cellBarred,
                                    boolean reestablishmentNotAllowed, int accessControlClasses) {

    static RachControlParameters read(Octets in) {
        int octet1 = in.u8("RACH control parameters");
        int classes = in.u16("access control classes");
        return new RachControlParameters(octet1 >>> 6, (octet1 >>> 2) & 0x0f, (octet1 & 0x02) != 0,
                (octet1 & 0x01) != 0, classes);
    }

    public int maxRetransmissions() {
        return switch (maxRetrans) {
            case 0 -> 1;
            case 1 -> 2;
            case 2 -> 4;
            default -> 7;
        };
    }
}
