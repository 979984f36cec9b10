package org.roguewatch.gsm.rr;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.Octets;

/**
 * The frequency list coding shared by TS 44.018 Cell Channel Description (10.5.2.1b), Neighbour
 * Cell Description (10.5.2.22), Neighbour Cell Description 2 (10.5.2.22a) and Frequency List
 * (10.5.2.13): bit map 0, range 1024/512/256/128 (decoded per Annex J) and variable bit map.
 *
 * <p>The value part starts with the format octet. The first three IEs are 16 octets; the
 * Frequency List is as long as its length octet says. Flag bits 6 and 5 of the format octet
 * (EXT-IND and BA-IND, or spare) are not part of the list and are ignored here.
 */
public final class FrequencyListCodec {
    private static final FrequencyListFormat[] COMPACT_ORDER = {
        FrequencyListFormat.BIT_MAP_0,
        FrequencyListFormat.RANGE_128,
        FrequencyListFormat.RANGE_256,
        FrequencyListFormat.RANGE_512,
        FrequencyListFormat.RANGE_1024,
        FrequencyListFormat.VARIABLE_BIT_MAP,
    };

    private FrequencyListCodec() {
    }

    /**
     * Decodes the value part of 10.5.2.1b, 10.5.2.22 or 10.5.2.13: everything left in
     * {@code window}, which is consumed. Offsets in errors count from the format octet.
     *
     * @throws DecodeException with a reason key {@code rr.freqlist.*} when the bytes break the format
     */
    public static FrequencyList decode(Octets window) {
        return FrequencyListReader.read(window, FrequencyListReader.FORMAT_MASK);
    }

    /** {@link #decode(Octets)} as a value that is never an exception. */
    public static Decoded<FrequencyList> tryDecode(ByteBuffer value) {
        try {
            return Decoded.ok(decode(Octets.of(value, FrequencyListReader.LAYER)));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    /**
     * Decodes the value part of a Neighbour Cell Description 2 (10.5.2.22a, in SI2ter and SI5ter),
     * where bits 7 and 6 of octet 1 are Multiband Reporting and bit 5 is BA-IND, so bit 7 takes no
     * part in selecting the format.
     *
     * @throws DecodeException with a reason key {@code rr.freqlist.*} when the bytes break the format
     */
    public static FrequencyList decodeNeighbourCellDescription2(Octets window) {
        return FrequencyListReader.read(window, FrequencyListReader.FORMAT_MASK_NCD2);
    }

    /** {@link #decodeNeighbourCellDescription2(Octets)} as a value that is never an exception. */
    public static Decoded<FrequencyList> tryDecodeNeighbourCellDescription2(ByteBuffer value) {
        try {
            return Decoded.ok(decodeNeighbourCellDescription2(Octets.of(value, FrequencyListReader.LAYER)));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    /**
     * Encodes {@code arfcns} in {@code format} into a value part of {@code lengthOctets} octets
     * (16 for 10.5.2.1b/10.5.2.22/10.5.2.22a), with flag bits 6 and 5 of octet 1 zero. Range
     * formats are encoded by the Annex J recursive halving; fields not needed stay zero.
     *
     * @param arfcns distinct ARFCNs 0..1023, in any order
     * @throws IllegalArgumentException when the set cannot be represented in that format and length
     */
    public static byte[] encode(FrequencyListFormat format, int[] arfcns, int lengthOctets) {
        return FrequencyListWriter.write(format, arfcns, lengthOctets);
    }

    /**
     * Encodes {@code arfcns} in the first format that can hold them, in the order a BSC tries:
     * bit map 0 (all in 1..124, 16 octets), range 128, 256, 512, 1024, then variable bit map.
     *
     * @throws IllegalArgumentException when no format can hold the set in {@code lengthOctets}
     */
    public static byte[] encodeCompact(int[] arfcns, int lengthOctets) {
        IllegalArgumentException last = null;
        for (FrequencyListFormat format : COMPACT_ORDER) {
            try {
                return encode(format, arfcns, lengthOctets);
            } catch (IllegalArgumentException e) {
                last = e;
            }
        }
        throw new IllegalArgumentException("no frequency list format holds this set in " + lengthOctets
                + " octets; last refusal: " + last.getMessage(), last);
    }
}
