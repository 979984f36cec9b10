package org.roguewatch.gsm.sms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Octets;

/** Reads TP-UD with its optional User Data Header (TS 23.040 9.2.3.16 and 9.2.3.24). */
final class UserDataDecoder {
    /** TS 23.040 9.2.3.24: TP-UD holds at most 140 octets. */
    static final int MAX_OCTETS = 140;

    private UserDataDecoder() {
    }

    /**
     * @param udl TP-UDL: septets for uncompressed GSM 7-bit data, octets otherwise (9.2.3.16)
     */
    static UserData read(Octets in, DataCodingScheme dcs, boolean udhi, int udl) {
        int start = in.offset();
        boolean septets = dcs.alphabet() == Alphabet.GSM_7BIT && !dcs.compressed();
        int octets = septets ? Gsm7.packedLength(0, udl) : udl;
        if (octets > MAX_OCTETS) {
            throw error(in, "user-data-length", start - 1, "TP-UDL " + udl + " needs " + octets
                    + " octets, more than the " + MAX_OCTETS + " TP-UD can hold");
        }
        if (octets > in.remaining()) {
            throw error(in, "user-data-length", start - 1, "TP-UDL " + udl + " needs " + octets
                    + " octets, only " + in.remaining() + " follow");
        }
        byte[] ud = in.bytes(octets, "TP-UD");
        Optional<UserDataHeader> header = Optional.empty();
        int headerOctets = 0;
        if (udhi) {
            UserDataHeader udh = header(ud, in, start);
            header = Optional.of(udh);
            headerOctets = udh.octets();
        }
        if (septets) {
            // The header is followed by fill bits up to the next septet boundary (9.2.3.24).
            int headerSeptets = (headerOctets * 8 + 6) / 7;
            if (headerSeptets > udl) {
                throw error(in, "udh-length", start, "User Data Header of " + headerOctets + " octets exceeds TP-UDL "
                        + udl + " septets");
            }
            return new UserData(header, Gsm7.decode(ud, headerSeptets, udl - headerSeptets), OctetString.EMPTY);
        }
        byte[] body = Arrays.copyOfRange(ud, headerOctets, ud.length);
        if (dcs.alphabet() == Alphabet.UCS2 && !dcs.compressed()) {
            return new UserData(header, ucs2(body), OctetString.EMPTY);
        }
        return new UserData(header, "", OctetString.of(body));
    }

    /**
     * UTF-16BE code units as sent, surrogate pairs included; unpaired surrogates are kept rather
     * than replaced, and an odd last octet (no whole code unit) is ignored.
     */
    private static String ucs2(byte[] body) {
        char[] chars = new char[body.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((body[2 * i] & 0xff) << 8 | (body[2 * i + 1] & 0xff));
        }
        return new String(chars);
    }

    private static UserDataHeader header(byte[] ud, Octets in, int start) {
        if (ud.length == 0) {
            throw error(in, "udh-length", start, "TP-UDHI is set but TP-UD is empty");
        }
        int length = ud[0] & 0xff;
        if (length + 1 > ud.length) {
            throw error(in, "udh-length", start, "UDHL " + length + " exceeds the " + (ud.length - 1)
                    + " octets of TP-UD after it");
        }
        List<InformationElement> elements = new ArrayList<>();
        int position = 1;
        int end = length + 1;
        while (position < end) {
            if (position + 2 > end) {
                throw error(in, "udh-element", start + position, "information element header cut by the UDH end");
            }
            int iei = ud[position] & 0xff;
            int size = ud[position + 1] & 0xff;
            if (position + 2 + size > end) {
                throw error(in, "udh-element", start + position, String.format(
                        "information element 0x%02x of %d octets overruns the User Data Header", iei, size));
            }
            byte[] data = Arrays.copyOfRange(ud, position + 2, position + 2 + size);
            elements.add(element(iei, data));
            position += 2 + size;
        }
        return new UserDataHeader(length, elements);
    }

    private static InformationElement element(int iei, byte[] data) {
        switch (iei) {
            case InformationElement.IEI_CONCATENATION_8BIT, InformationElement.IEI_CONCATENATION_16BIT -> {
                boolean wide = iei == InformationElement.IEI_CONCATENATION_16BIT;
                if (data.length == (wide ? 4 : 3)) {
                    int reference = wide ? u16(data, 0) : data[0] & 0xff;
                    int total = data[wide ? 2 : 1] & 0xff;
                    int sequence = data[wide ? 3 : 2] & 0xff;
                    // 9.2.3.24.1: a sequence number of 0 or above the total voids the element.
                    if (total > 0 && sequence > 0 && sequence <= total) {
                        return new Concatenation(reference, total, sequence, wide);
                    }
                }
            }
            case InformationElement.IEI_PORTS_8BIT, InformationElement.IEI_PORTS_16BIT -> {
                boolean wide = iei == InformationElement.IEI_PORTS_16BIT;
                if (data.length == (wide ? 4 : 2)) {
                    return wide
                            ? new ApplicationPorts(u16(data, 0), u16(data, 2), true)
                            : new ApplicationPorts(data[0] & 0xff, data[1] & 0xff, false);
                }
            }
            default -> {
                // kept raw below
            }
        }
        return new RawInformationElement(iei, OctetString.of(data));
    }

    private static int u16(byte[] data, int at) {
        return (data[at] & 0xff) << 8 | (data[at + 1] & 0xff);
    }

    private static DecodeException error(Octets in, String reason, int offset, String detail) {
        return new DecodeException(in.layer() + "." + reason, offset, in.layer() + ": " + detail);
    }
}
