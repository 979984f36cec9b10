package org.roguewatch.lte.mac;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.Octets;

/**
 * Splits a DL-SCH or UL-SCH MAC PDU into its SDUs, control elements and padding (TS 36.321 6.1.2):
 * all sub-headers come first, each R/F2/E/LCID, then for an SDU or a variable-sized control element
 * that is not last an L field of 7 bits (F=0), 15 bits (F=1) or, when F2=1, 16 bits (6.2.1); the
 * bodies follow in sub-header order. A pure function that never throws on bad bytes.
 */
public final class SchDemultiplexer {
    private static final String LAYER = "mac-lte.sch";
    /** Length of the last sub-PDU: whatever the others leave. */
    private static final int REMAINDER = -1;

    private SchDemultiplexer() {
    }

    /** A sub-header as read, before the bodies are cut. */
    private record SubHeader(int lcid, MacSubPdu.Kind kind, int length) {
    }

    public static Decoded<List<MacSubPdu>> demultiplex(ByteBuffer pdu, boolean uplink) {
        try {
            Octets in = Octets.of(pdu, LAYER);
            return Decoded.ok(bodies(in, subHeaders(in, uplink)));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    private static List<SubHeader> subHeaders(Octets in, boolean uplink) {
        List<SubHeader> headers = new ArrayList<>();
        boolean more = true;
        while (more) {
            int offset = in.offset();
            int octet = in.u8("sub-header");
            boolean format2 = (octet & 0x40) != 0;
            more = (octet & 0x20) != 0;
            int lcid = octet & 0x1f;
            SchLcids.Role role = SchLcids.role(lcid, uplink);
            if (role == SchLcids.Role.EXTENDED) {
                lcid = SchLcids.ELCID_BASE + (in.u8("eLCID") & 0x3f);
                role = SchLcids.Role.DATA;
            }
            headers.add(switch (role) {
                case RESERVED -> throw new DecodeException(LAYER + ".lcid-reserved", offset, String.format(
                        "%s: %s LCID %d at offset %d is reserved, so its size is unknown", LAYER,
                        uplink ? "UL-SCH" : "DL-SCH", lcid, offset));
                case PADDING -> new SubHeader(lcid, MacSubPdu.Kind.PADDING, more ? 0 : REMAINDER);
                case FIXED_CONTROL -> new SubHeader(lcid, MacSubPdu.Kind.CONTROL, SchLcids.fixedSize(lcid, uplink));
                case VARIABLE_CONTROL -> new SubHeader(lcid, MacSubPdu.Kind.CONTROL, length(in, more, format2));
                default -> new SubHeader(lcid, MacSubPdu.Kind.SDU, length(in, more, format2));
            });
        }
        return headers;
    }

    /** The L field (6.2.1), absent in the last sub-header. */
    private static int length(Octets in, boolean more, boolean format2) {
        if (!more) {
            return REMAINDER;
        }
        if (format2) {
            // 6.2.1 sets F2 only for more than 32767 bytes, and F only from 128, but a shorter length in
            // the longer field is still unambiguous: read it, as tshark does (with an expert warning).
            return in.u16("16-bit L");
        }
        int octet = in.u8("F and L");
        if ((octet & 0x80) == 0) {
            return octet & 0x7f;
        }
        return ((octet & 0x7f) << 8) | in.u8("15-bit L, low octet");
    }

    private static List<MacSubPdu> bodies(Octets in, List<SubHeader> headers) {
        List<MacSubPdu> parts = new ArrayList<>(headers.size());
        for (SubHeader header : headers) {
            int length = header.length() == REMAINDER ? in.remaining() : header.length();
            parts.add(new MacSubPdu(header.lcid(), header.kind(), in.slice(length, "LCID " + header.lcid() + " body")));
        }
        // Bytes after a last fixed-size control element: padding without its sub-header, which
        // 6.1.2 allows at the end of the PDU; they carry nothing.
        return parts;
    }
}
