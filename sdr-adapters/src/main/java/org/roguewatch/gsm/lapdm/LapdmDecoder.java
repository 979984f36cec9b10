package org.roguewatch.gsm.lapdm;

import java.nio.ByteBuffer;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.Octets;

/** Decodes LAPDm frames of formats A, B (with length indicator) and B4 (without). */
public final class LapdmDecoder {
    private LapdmDecoder() {
    }

    /**
     * Format A or B (TS 44.006 2.1): address, control and length indicator octets, then the
     * information field and fill octets.
     */
    public static Decoded<LapdmFrame> decode(ByteBuffer block) {
        return decode(block, true);
    }

    /**
     * Format B4 (TS 44.006 2.1): on SACCH, UI frames of SAPI 0 (SI5, SI6...) carry no length
     * indicator; the information field (L2 pseudo length + RR message) runs to the end of the block.
     */
    public static Decoded<LapdmFrame> decodeWithoutLength(ByteBuffer block) {
        return decode(block, false);
    }

    /** Whether a SACCH block is a B4-format UI frame of SAPI 0, judged from its address and control octets. */
    public static boolean isFormatB4(ByteBuffer block) {
        if (block.remaining() < 2) {
            return false;
        }
        int address = block.get(block.position()) & 0xff;
        int control = block.get(block.position() + 1) & 0xff;
        return ((address >>> 2) & 0x07) == 0 && (control & 0xef) == 0x03;
    }

    private static Decoded<LapdmFrame> decode(ByteBuffer block, boolean withLength) {
        try {
            Octets in = Octets.of(block, "lapdm");
            int address = in.u8("address");
            // Address field (3.2): EA must be 1 in LAPDm's single-octet address; LPD 00 is normal LAPDm.
            if ((address & 0x01) == 0) {
                throw new DecodeException("lapdm.address-ea", 0, "lapdm: address EA bit is 0 (multi-octet address)");
            }
            int sapi = (address >>> 2) & 0x07;
            boolean command = (address & 0x02) != 0;
            int control = in.u8("control");
            boolean pollFinal = (control & 0x10) != 0;
            int nr = control >>> 5;
            LapdmFrame.Kind kind;
            int ns = -1;
            int receive = -1;
            if ((control & 0x01) == 0) {
                kind = LapdmFrame.Kind.I;
                ns = (control >>> 1) & 0x07;
                receive = nr;
            } else if ((control & 0x03) == 0x01) {
                receive = nr;
                kind = switch ((control >>> 2) & 0x03) {
                    case 0 -> LapdmFrame.Kind.RR;
                    case 1 -> LapdmFrame.Kind.RNR;
                    case 2 -> LapdmFrame.Kind.REJ;
                    default -> throw new DecodeException("lapdm.control", 1,
                            String.format("lapdm: reserved supervisory function in control 0x%02x", control));
                };
            } else {
                kind = switch (control & 0xef) {
                    case 0x2f -> LapdmFrame.Kind.SABM;
                    case 0x0f -> LapdmFrame.Kind.DM;
                    case 0x03 -> LapdmFrame.Kind.UI;
                    case 0x43 -> LapdmFrame.Kind.DISC;
                    case 0x63 -> LapdmFrame.Kind.UA;
                    default -> LapdmFrame.Kind.UNKNOWN_U;
                };
            }
            if (!withLength) {
                return Decoded.ok(new LapdmFrame(sapi, command, kind, ns, receive, pollFinal, false, in.rest()));
            }
            int length = in.u8("length indicator");
            // Length indicator (3.6): bit 1 EL = 1 for a single-octet field, bit 2 M, bits 8-3 L.
            if ((length & 0x01) == 0) {
                throw new DecodeException("lapdm.length-el", 2, "lapdm: length indicator EL bit is 0");
            }
            int infoLength = length >>> 2;
            boolean more = (length & 0x02) != 0;
            if (infoLength > in.remaining()) {
                throw new DecodeException("lapdm.length", 2, "lapdm: length indicator says " + infoLength
                        + " octets, block has " + in.remaining());
            }
            return Decoded.ok(new LapdmFrame(sapi, command, kind, ns, receive, pollFinal, more,
                    in.slice(infoLength, "information")));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }
}
