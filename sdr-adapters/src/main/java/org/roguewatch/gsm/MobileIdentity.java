package org.roguewatch.gsm;

import org.roguewatch.decode.Octets;

/**
 * Mobile Identity (TS 24.008 10.5.1.4): which kind of identity a message carries matters more to
 * detection than its value (a paging or identity request by IMSI is a catcher's signature).
 *
 * @param type   the identity type
 * @param digits IMSI / IMEI / IMEISV digits; empty for TMSI and none
 * @param tmsi   TMSI / P-TMSI value, or -1 when the type is not a TMSI
 */
public record MobileIdentity(Type type, String digits, long tmsi) {

    public enum Type {
        NONE, IMSI, IMEI, IMEISV, TMSI, TMGI, UNKNOWN;

        static Type of(int code) {
            return switch (code) {
                case 0 -> NONE;
                case 1 -> IMSI;
                case 2 -> IMEI;
                case 3 -> IMEISV;
                case 4 -> TMSI;
                case 5 -> TMGI;
                default -> UNKNOWN;
            };
        }
    }

    /** Reads a value part of {@code length} octets (the length octet already consumed). */
    public static MobileIdentity read(Octets in, int length) {
        if (length < 1) {
            throw in.error("mobile-identity.length", "mobile identity of length " + length);
        }
        Octets value = in.window(length, "mobile identity");
        int first = value.u8("mobile identity type");
        Type type = Type.of(first & 0x07);
        switch (type) {
            case TMSI: {
                if (length != 5) {
                    throw value.error("mobile-identity.length", "TMSI identity of length " + length + ", expected 5");
                }
                return new MobileIdentity(type, "", value.u32("tmsi"));
            }
            case IMSI:
            case IMEI:
            case IMEISV: {
                boolean odd = (first & 0x08) != 0;
                StringBuilder digits = new StringBuilder(16);
                digits.append(Tbcd.digit(first >>> 4, value, "identity digit 1"));
                for (int i = 1; i < length; i++) {
                    int octet = value.u8("identity digits");
                    digits.append(Tbcd.digit(octet & 0x0f, value, "identity digit"));
                    boolean lastOctet = i == length - 1;
                    // With an even number of digits the last high nibble is the 0xF filler.
                    if (!(lastOctet && !odd)) {
                        digits.append(Tbcd.digit(octet >>> 4, value, "identity digit"));
                    }
                }
                return new MobileIdentity(type, digits.toString(), -1);
            }
            default:
                value.skip(value.remaining(), "identity");
                return new MobileIdentity(type, "", -1);
        }
    }

    /** Reads a type-4 LV mobile identity (length octet first). */
    public static MobileIdentity readLv(Octets in) {
        return read(in, in.u8("mobile identity length"));
    }

    public static MobileIdentity tmsi(long value) {
        return new MobileIdentity(Type.TMSI, "", value);
    }

    public boolean isPermanent() {
        return type == Type.IMSI || type == Type.IMEI || type == Type.IMEISV;
    }

    @Override
    public String toString() {
        return switch (type) {
            case TMSI -> String.format("TMSI 0x%08x", tmsi);
            case IMSI, IMEI, IMEISV -> type + " " + digits;
            default -> type.name();
        };
    }
}
