package org.roguewatch.gsm.rr;

import org.roguewatch.gsm.OctetWriter;

/** Writes a Channel Description (TS 44.018 10.5.2.5), the inverse of {@link ChannelDescription#read}. */
final class ChannelDescriptionWriter {
    private ChannelDescriptionWriter() {
    }

    /**
     * Three octets: channel type and TDMA offset (5 bits) and TN; TSC, H and either the ARFCN
     * (spare bits 4-3 zero) or MAIO and HSN.
     *
     * @throws IllegalArgumentException when a value does not fit, or the type and sub-channel would
     *                                  read back as another type
     */
    static void write(OctetWriter out, ChannelDescription channel) {
        Fields.requireRange("TN", channel.timeslot(), 3);
        Fields.requireRange("TSC", channel.tsc(), 3);
        int octet1 = typeAndOffset(channel.channelType(), channel.subChannel()) << 3 | channel.timeslot();
        if (channel.hopping()) {
            Fields.requireRange("MAIO", channel.maio(), 6);
            Fields.requireRange("HSN", channel.hsn(), 6);
            if (channel.arfcn() != -1) {
                throw new IllegalArgumentException("a hopping channel has no ARFCN: " + channel.arfcn());
            }
            out.u8(octet1).u8(channel.tsc() << 5 | 0x10 | channel.maio() >>> 2)
                    .u8((channel.maio() & 0x03) << 6 | channel.hsn());
        } else {
            Fields.requireRange("ARFCN", channel.arfcn(), 10);
            if (channel.maio() != -1 || channel.hsn() != -1) {
                throw new IllegalArgumentException("a single-frequency channel has no MAIO/HSN: " + channel);
            }
            out.u8(octet1).u8(channel.tsc() << 5 | channel.arfcn() >>> 8).u8(channel.arfcn() & 0xff);
        }
    }

    /** The 5-bit "channel type and TDMA offset" field (10.5.2.5): TCH/F 00001, TCH/H 0001T, SDCCH/4 001TT, SDCCH/8 01TTT. */
    private static int typeAndOffset(String type, int sub) {
        return switch (type) {
            case "TCH/F" -> within(type, sub, 0, 0) | 0x01;
            case "TCH/H" -> within(type, sub, 0, 1) | 0x02;
            case "SDCCH/4" -> within(type, sub, 0, 3) | 0x04;
            case "SDCCH/8" -> within(type, sub, 0, 7) | 0x08;
            // The codes the decoder names "reserved" keep their raw value as sub-channel: 00000 and 1xxxx.
            case "reserved" -> {
                if (sub != 0 && (sub < 0x10 || sub > 0x1f)) {
                    throw new IllegalArgumentException("code " + sub + " is not a reserved channel type");
                }
                yield sub;
            }
            default -> throw new IllegalArgumentException("unknown channel type " + type);
        };
    }

    private static int within(String type, int sub, int min, int max) {
        if (sub < min || sub > max) {
            throw new IllegalArgumentException(type + " sub-channel " + sub + " outside " + min + ".." + max);
        }
        return sub;
    }
}
