package org.roguewatch.gsm.sms;

import java.io.ByteArrayOutputStream;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Octets;

/**
 * Reads and writes the two address codings SMS uses: the TP address, whose length counts useful
 * semi-octets (TS 23.040 9.1.2.5), and the RP address, whose length counts octets and which is
 * the TS 24.008 10.5.4.7 BCD number (TS 24.011 8.2.5.1).
 */
final class AddressCodec {
    /** TS 23.040 9.1.2.5: at most 10 octets of address value, i.e. 20 semi-octets. */
    private static final int MAX_TP_SEMI_OCTETS = 20;
    /** TS 24.011 8.2.5.1/8.2.5.2: type-of-address plus at most 10 octets of digits. */
    private static final int MAX_RP_LENGTH = 11;
    private static final int END_MARK = 0x0F;

    private AddressCodec() {
    }

    static Address readTp(Octets in, String field) {
        int start = in.offset();
        int semiOctets = in.u8(field + " length");
        if (semiOctets > MAX_TP_SEMI_OCTETS) {
            throw new DecodeException(in.layer() + ".address-length", start,
                    in.layer() + ": " + field + " length " + semiOctets + " semi-octets exceeds "
                            + MAX_TP_SEMI_OCTETS);
        }
        int typeOfAddress = in.u8(field + " type of address");
        byte[] value = in.bytes((semiOctets + 1) / 2, field + " value");
        int typeOfNumber = (typeOfAddress >>> 4) & 0x07;
        int plan = typeOfAddress & 0x0F;
        if (typeOfNumber == Address.TON_ALPHANUMERIC) {
            // 9.1.2.5: alphanumeric addresses are GSM 7-bit packed; the length counts the
            // semi-octets they occupy, so the character count is the whole septets in them.
            return new Address(typeOfNumber, plan, Gsm7.decode(value, 0, semiOctets * 4 / 7));
        }
        return new Address(typeOfNumber, plan, bcd(value, semiOctets));
    }

    /** An RP address; {@code null} when its length is 0 (the address is absent in this direction). */
    static Address readRp(Octets in, String field) {
        int start = in.offset();
        int length = in.u8(field + " length");
        if (length == 0) {
            return null;
        }
        if (length > MAX_RP_LENGTH) {
            throw new DecodeException(in.layer() + ".address-length", start,
                    in.layer() + ": " + field + " length " + length + " exceeds " + MAX_RP_LENGTH);
        }
        int typeOfAddress = in.u8(field + " type of address");
        byte[] value = in.bytes(length - 1, field + " digits");
        return new Address((typeOfAddress >>> 4) & 0x07, typeOfAddress & 0x0F, bcd(value, value.length * 2));
    }

    /** Digits low semi-octet first; the end mark 1111 ends the number (TS 24.008 10.5.4.7). */
    private static String bcd(byte[] value, int semiOctets) {
        StringBuilder digits = new StringBuilder(semiOctets);
        for (int i = 0; i < semiOctets; i++) {
            int nibble = (value[i / 2] >>> ((i % 2) * 4)) & 0x0F;
            if (nibble == END_MARK) {
                break;
            }
            digits.append(Address.BCD_DIGITS.charAt(nibble));
        }
        return digits.toString();
    }

    static void writeTp(ByteArrayOutputStream out, Address address) {
        if (address.isAlphanumeric()) {
            byte[] septets = Gsm7.toSeptets(address.value());
            byte[] packed = Gsm7.pack(septets, 0);
            int semiOctets = (septets.length * 7 + 3) / 4;
            if (semiOctets > MAX_TP_SEMI_OCTETS) {
                throw new IllegalArgumentException("alphanumeric address too long: " + address.value());
            }
            out.write(semiOctets);
            out.write(address.typeOfAddress());
            out.write(packed, 0, (semiOctets + 1) / 2);
            return;
        }
        byte[] digits = packBcd(address.value());
        if (address.value().length() > MAX_TP_SEMI_OCTETS) {
            throw new IllegalArgumentException("address too long: " + address.value());
        }
        out.write(address.value().length());
        out.write(address.typeOfAddress());
        out.write(digits, 0, digits.length);
    }

    static void writeRp(ByteArrayOutputStream out, Address address) {
        if (address == null) {
            out.write(0);
            return;
        }
        if (address.isAlphanumeric()) {
            throw new IllegalArgumentException("an RP address is a BCD number, not text: " + address.value());
        }
        byte[] digits = packBcd(address.value());
        if (digits.length + 1 > MAX_RP_LENGTH) {
            throw new IllegalArgumentException("RP address too long: " + address.value());
        }
        out.write(digits.length + 1);
        out.write(address.typeOfAddress());
        out.write(digits, 0, digits.length);
    }

    private static byte[] packBcd(String value) {
        byte[] octets = new byte[(value.length() + 1) / 2];
        for (int i = 0; i < value.length(); i++) {
            int nibble = Address.BCD_DIGITS.indexOf(value.charAt(i));
            if (nibble < 0) {
                throw new IllegalArgumentException("'" + value.charAt(i) + "' is not an address digit in " + value);
            }
            octets[i / 2] |= (byte) (nibble << ((i % 2) * 4));
        }
        if (value.length() % 2 == 1) {
            octets[octets.length - 1] |= (byte) (END_MARK << 4);
        }
        return octets;
    }
}
