package org.roguewatch.gsm;

import java.util.Random;

/**
 * Seeded random values of the IEs RR and MM share, for encode/decode round trips. Every value is
 * one the decoders can return.
 */
public final class GsmRecords {
    private static final String TBCD = "0123456789*#abc";

    private GsmRecords() {
    }

    /** MCC of 3 digits, MNC of 2 or 3 (leading zeros kept), LAC 0..65535; mostly decimal digits. */
    public static LocationAreaId lai(Random random) {
        return new LocationAreaId(digits(random, 3), digits(random, 2 + random.nextInt(2)), random.nextInt(0x10000));
    }

    /** Any identity type the decoder yields, digits of every length an LV carries in practice. */
    public static MobileIdentity identity(Random random) {
        return switch (random.nextInt(8)) {
            case 0, 1 -> tmsi(random);
            case 2, 3 -> new MobileIdentity(MobileIdentity.Type.IMSI, digits(random, 1 + random.nextInt(16)), -1);
            case 4 -> new MobileIdentity(MobileIdentity.Type.IMEI, digits(random, 15), -1);
            case 5 -> new MobileIdentity(MobileIdentity.Type.IMEISV, digits(random, 16), -1);
            case 6 -> new MobileIdentity(MobileIdentity.Type.TMGI, "", -1);
            default -> new MobileIdentity(MobileIdentity.Type.UNKNOWN, "", -1);
        };
    }

    public static MobileIdentity tmsi(Random random) {
        return MobileIdentity.tmsi(random.nextLong() & 0xffffffffL);
    }

    public static MobileIdentity imsi(Random random) {
        return new MobileIdentity(MobileIdentity.Type.IMSI, digits(random, 15), -1);
    }

    /** Decimal digits, with an occasional TBCD extra (* # a b c) the decoders also accept. */
    public static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(random.nextInt(20) == 0 ? TBCD.charAt(10 + random.nextInt(5)) : (char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }
}
