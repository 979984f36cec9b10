package org.roguewatch.lte.rrc;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.per.PerReader;
import org.roguewatch.lte.rrc.PagingRecord.UeIdentityType;

/** Decodes a PCCH-Message (TS 36.331 6.2.1; GSMTAP LTE_RRC sub-type 6): Paging. */
public final class PcchDecoder {
    private static final int MAX_PAGE_REC = 16;

    private PcchDecoder() {
    }

    /** Never throws: bad bytes give {@link Decoded.Malformed} with an {@code lte-rrc.*} reason. */
    public static Decoded<LteMessage> decode(ByteBuffer payload) {
        try {
            return Decoded.ok(read(new PerReader(payload, DedicatedPer.LAYER)));
        } catch (DecodeException e) {
            return Decoded.malformed(e);
        }
    }

    private static DedicatedRrcMessage read(PerReader in) {
        if (in.bit()) {
            return new OtherRrcMessage(DedicatedNames.PCCH, "messageClassExtension");
        }
        // c1 has the single alternative paging: its index takes no bits.
        boolean[] present = in.optionals(4); // pagingRecordList, systemInfoModification, etws-Indication, nonCritical
        List<PagingRecord> records = new ArrayList<>();
        if (present[0]) {
            int count = in.length(1, MAX_PAGE_REC);
            for (int i = 0; i < count; i++) {
                records.add(pagingRecord(in));
            }
        }
        // ENUMERATED {true} has one value and no bits: presence is the whole information. The
        // non-critical extensions follow at the message's tail and are not needed.
        return new Paging(records, present[1], present[2]);
    }

    private static PagingRecord pagingRecord(PerReader in) {
        boolean extended = in.extensionBit();
        PagingRecord partial = switch (DedicatedPer.choice(in, 2)) {
            case 0 -> PagingRecord.sTmsi(in.bits(8), in.bitsLong(32), "ps");
            case 1 -> PagingRecord.imsi(imsi(in), "ps");
            case 2 -> { // ng-5G-S-TMSI-r15: BIT STRING (SIZE (48)) in an open type
                PerReader value = in.openType();
                long high = value.bitsLong(16);
                yield new PagingRecord(UeIdentityType.NG_5G_S_TMSI, -1, (high << 32) | value.bitsLong(32), null, "ps");
            }
            case 3 -> { // i-RNTI-r15: I-RNTI-r15 ::= BIT STRING (SIZE (40)) in an open type
                PerReader value = in.openType();
                long high = value.bitsLong(8);
                yield new PagingRecord(UeIdentityType.I_RNTI, -1, (high << 32) | value.bitsLong(32), null, "ps");
            }
            default -> {
                in.skipOpenType();
                yield new PagingRecord(UeIdentityType.UNKNOWN, -1, -1, null, "ps");
            }
        };
        String cnDomain = DedicatedNames.CN_DOMAINS[in.constrainedInt(0, 1)];
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
        return new PagingRecord(partial.type(), partial.mmec(), partial.mTmsi(), partial.imsi(), cnDomain);
    }

    private static String imsi(PerReader in) {
        // IMSI ::= SEQUENCE (SIZE (6..21)) OF IMSI-Digit, IMSI-Digit ::= INTEGER (0..9)
        int digits = in.length(6, 21);
        StringBuilder out = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            out.append((char) ('0' + in.constrainedInt(0, 9)));
        }
        return out.toString();
    }
}
