package org.roguewatch.lte.nas;

import org.roguewatch.decode.Octets;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.MobileIdentityEncoder;
import org.roguewatch.gsm.Tbcd;

/**
 * EPS mobile identity (TS 24.301 9.9.3.12): octet 3 holds identity digit 1 (or 1111 for a GUTI),
 * the odd/even flag and the type (001 IMSI, 110 GUTI, 011 IMEI); IMSI and IMEI digits follow two
 * per octet as in 24.008 10.5.1.4, a GUTI is MCC/MNC, MME group ID, MME code and M-TMSI (11 octets).
 *
 * @param type   the identity type
 * @param digits IMSI or IMEI digits, {@code null} for GUTI and other types
 */
record EpsMobileIdentity(EpsIdentityType type, String digits) {
    private static final int GUTI_LENGTH = 11;
    private static final int ODD = 0x08;

    /**
     * What the encoder writes where a record keeps no GUTI: MCC 001, MNC 01, MME group 1, MME
     * code 1, M-TMSI 1.
     */
    static final byte[] FIXED_GUTI = {(byte) 0xf6, 0x00, (byte) 0xf1, 0x10, 0x00, 0x01, 0x01, 0x00, 0x00, 0x00, 0x01};
    /** What the encoder writes where a record keeps no IMEI (the 24.008 example IMEI). */
    static final String FIXED_IMEI = "490154203237518";

    static EpsMobileIdentity read(Octets value) {
        int first = value.peek("EPS mobile identity type");
        EpsIdentityType type = EpsIdentityType.of(first & 0x07);
        if (type == EpsIdentityType.GUTI && value.length() != GUTI_LENGTH) {
            throw value.error("eps-mobile-identity.length", "GUTI of " + value.length() + " octets, expected 11");
        }
        value.skip(1, "EPS mobile identity type");
        switch (type) {
            case IMSI:
            case IMEI:
                return new EpsMobileIdentity(type, digits(first, value));
            case GUTI:
                value.skip(value.remaining(), "GUTI");
                return new EpsMobileIdentity(type, null);
            default:
                value.skip(value.remaining(), "identity");
                return new EpsMobileIdentity(type, null);
        }
    }

    /** Digit 1 is the high half of the type octet; with an even count the last high half is the filler. */
    private static String digits(int first, Octets value) {
        boolean odd = (first & ODD) != 0;
        StringBuilder digits = new StringBuilder(16);
        digits.append(Tbcd.digit(first >>> 4, value, "identity digit 1"));
        while (value.hasRemaining()) {
            int octet = value.u8("identity digits");
            digits.append(Tbcd.digit(octet & 0x0f, value, "identity digit"));
            if (value.hasRemaining() || odd) {
                digits.append(Tbcd.digit(octet >>> 4, value, "identity digit"));
            }
        }
        return digits.toString();
    }

    /** The value part for an identity of {@code type}; {@code imsi} only for IMSI. */
    static byte[] write(EpsIdentityType type, String imsi) {
        switch (type) {
            case IMSI:
                return MobileIdentityEncoder.value(new MobileIdentity(MobileIdentity.Type.IMSI, imsi, -1));
            case IMEI: {
                // 24.008 codes IMEI as 010, 24.301 as 011; the digits are laid out alike.
                byte[] out = MobileIdentityEncoder.value(new MobileIdentity(MobileIdentity.Type.IMEI, FIXED_IMEI, -1));
                out[0] = (byte) (out[0] & ~0x07 | EpsIdentityType.IMEI.code());
                return out;
            }
            case GUTI:
                return FIXED_GUTI.clone();
            default:
                return new byte[] {(byte) 0xf0, 0x00, 0x00, 0x00};
        }
    }
}
