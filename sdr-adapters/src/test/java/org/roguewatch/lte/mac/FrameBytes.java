package org.roguewatch.lte.mac;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.roguewatch.capture.FrameRef;

/**
 * Builds MAC-LTE frames and RLC AM PDUs by hand, field by field as packet-mac-lte.h and TS 36.322
 * lay them out, independently of the code under test.
 */
final class FrameBytes {
    static final int UPLINK = 0;
    static final int DOWNLINK = 1;
    static final int FDD = 1;

    private FrameBytes() {
    }

    static FrameRef ref(long frame) {
        return new FrameRef("test", frame, Instant.EPOCH.plusMillis(frame));
    }

    static FrameRef ref(long frame, long millis) {
        return new FrameRef("test", frame, Instant.EPOCH.plusMillis(millis));
    }

    /** radioType, direction, rntiType, then RNTI (0x02), UEId (0x03), SFN/SF (0x04), CRC OK (0x07), payload. */
    static byte[] framed(int direction, int rntiType, int rnti, byte[] pdu) {
        return concat(new byte[] {FDD, (byte) direction, (byte) rntiType, 0x02, (byte) (rnti >> 8), (byte) rnti,
            0x03, 0x00, 0x07, 0x04, 0x23, 0x48, 0x07, 0x01, 0x01}, pdu);
    }

    static ByteBuffer buffer(byte[] bytes) {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    static byte[] udp(byte[] framed) {
        return concat("mac-lte".getBytes(StandardCharsets.US_ASCII), framed);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /**
     * An AMD PDU with a 10-bit SN (TS 36.322 6.2.1.4): D/C=1, RF=0, P=0, FI, E, SN, then E/LI pairs
     * for every element but the last, padded to an octet.
     */
    static byte[] amd(int sn, int fi, byte[]... elements) {
        Bits bits = new Bits();
        bits.put(1, 1).put(0, 1).put(0, 1).put(fi, 2).put(elements.length > 1 ? 1 : 0, 1).put(sn, 10);
        return concat(lengths(bits, elements), concat(elements));
    }

    /** An AMD PDU segment (6.2.1.5): RF=1, LSF, SO after the SN, then as {@link #amd}. */
    static byte[] segment(int sn, int fi, boolean last, int offset, byte[]... elements) {
        Bits bits = new Bits();
        bits.put(1, 1).put(1, 1).put(0, 1).put(fi, 2).put(elements.length > 1 ? 1 : 0, 1).put(sn, 10);
        bits.put(last ? 1 : 0, 1).put(offset, 15);
        return concat(lengths(bits, elements), concat(elements));
    }

    /** A STATUS PDU (6.2.1.6): D/C=0, CPT=000, ACK_SN, E1=0, padded. */
    static byte[] status(int ackSn) {
        return new Bits().put(0, 1).put(0, 3).put(ackSn, 10).put(0, 1).toBytes();
    }

    /** A PDCP SRB Data PDU (TS 36.323 6.2.2): R/R/R/SN, the RRC bytes, MAC-I. */
    static byte[] pdcp(int sn, byte[] rrc, int macI) {
        return concat(bytes(sn & 0x1f), rrc, bytes(macI >>> 24, macI >>> 16, macI >>> 8, macI));
    }

    private static byte[] lengths(Bits bits, byte[]... elements) {
        for (int i = 0; i < elements.length - 1; i++) {
            bits.put(i < elements.length - 2 ? 1 : 0, 1).put(elements[i].length, 11);
        }
        return bits.toBytes();
    }

    /** MSB-first bit packing, zero-padded to an octet. */
    static final class Bits {
        private final StringBuilder bits = new StringBuilder();

        Bits put(int value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                bits.append((value >>> i) & 1);
            }
            return this;
        }

        byte[] toBytes() {
            while (bits.length() % 8 != 0) {
                bits.append('0');
            }
            byte[] out = new byte[bits.length() / 8];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) Integer.parseInt(bits.substring(8 * i, 8 * i + 8), 2);
            }
            return out;
        }
    }
}
