package org.roguewatch.gsm;

/**
 * Writes a Mobile Identity (TS 24.008 10.5.1.4), the inverse of {@link MobileIdentity#read}.
 *
 * <p>Digits go two per octet, low semi-octet first, the first digit beside the odd/even flag and
 * type; an even count ends with the 0xF filler. Identities the record keeps no value for are
 * written in a fixed, documented shape:
 * <ul>
 * <li>{@code NONE}: the single octet 0xF0 (type "no identity", filler digit), as networks fill an
 * empty Paging Request Type 1 (TS 44.018 9.1.22);</li>
 * <li>{@code TMGI}: type 5 with no MCC/MNC and no session identity, MBMS Service ID 0 (4 octets);</li>
 * <li>{@code UNKNOWN}: the single octet 0x07 (type 7, reserved).</li>
 * </ul>
 */
public final class MobileIdentityEncoder {
    /** IEI of the Mobile Identity where it is an optional TLV (e.g. TS 44.018 9.1.22, TS 24.008 9.2.13). */
    public static final int IEI = 0x17;

    private static final int TYPE_NONE = 0;
    private static final int TYPE_IMSI = 1;
    private static final int TYPE_IMEI = 2;
    private static final int TYPE_IMEISV = 3;
    private static final int TYPE_TMSI = 4;
    private static final int TYPE_TMGI = 5;
    private static final int TYPE_RESERVED = 7;
    private static final int ODD = 0x08;
    private static final int FILLER = 0xf0;

    private MobileIdentityEncoder() {
    }

    /**
     * The value part (no length octet).
     *
     * @throws IllegalArgumentException when the record cannot be written or would not decode to
     *                                  itself (digits on a TMSI, a TMSI value on an IMSI, no digits,
     *                                  a character that is not a TBCD digit)
     */
    public static byte[] value(MobileIdentity identity) {
        MobileIdentity.Type type = identity.type();
        boolean digitType = type == MobileIdentity.Type.IMSI || type == MobileIdentity.Type.IMEI
                || type == MobileIdentity.Type.IMEISV;
        if (!digitType && !identity.digits().isEmpty()) {
            throw new IllegalArgumentException(type + " identity carries no digits: " + identity.digits());
        }
        if (type != MobileIdentity.Type.TMSI && identity.tmsi() != -1) {
            throw new IllegalArgumentException(type + " identity carries no TMSI value: " + identity.tmsi());
        }
        return switch (type) {
            case NONE -> new byte[] {(byte) (FILLER | TYPE_NONE)};
            case TMSI -> new OctetWriter().u8(FILLER | TYPE_TMSI).u32(identity.tmsi()).toByteArray();
            case IMSI -> digits(identity.digits(), TYPE_IMSI);
            case IMEI -> digits(identity.digits(), TYPE_IMEI);
            case IMEISV -> digits(identity.digits(), TYPE_IMEISV);
            case TMGI -> new byte[] {TYPE_TMGI, 0, 0, 0};
            case UNKNOWN -> new byte[] {TYPE_RESERVED};
        };
    }

    /** Length octet and value (format LV). */
    public static byte[] lv(MobileIdentity identity) {
        return new OctetWriter().lv(value(identity)).toByteArray();
    }

    private static byte[] digits(String digits, int type) {
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("identity type " + type + " needs at least one digit");
        }
        boolean odd = digits.length() % 2 == 1;
        OctetWriter out = new OctetWriter()
                .u8(TbcdEncoder.nibble(digits.charAt(0), "identity digit 1") << 4 | (odd ? ODD : 0) | type);
        for (int i = 1; i < digits.length(); i += 2) {
            int low = TbcdEncoder.nibble(digits.charAt(i), "identity digit " + (i + 1));
            int high = i + 1 < digits.length() ? TbcdEncoder.nibble(digits.charAt(i + 1), "identity digit " + (i + 2))
                    : 0x0f;
            out.u8(high << 4 | low);
        }
        if (out.length() > 0xff) {
            throw new IllegalArgumentException("identity of " + digits.length() + " digits exceeds 255 octets");
        }
        return out.toByteArray();
    }
}
