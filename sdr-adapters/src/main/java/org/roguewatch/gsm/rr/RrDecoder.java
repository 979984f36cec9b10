package org.roguewatch.gsm.rr;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.decode.BitReader;
import org.roguewatch.decode.Octets;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.UndecodedMessage;

/**
 * Decodes RR messages (TS 44.018 clause 9.1) through one table keyed by message type, as Wireshark
 * registers its dissectors. Throws {@link org.roguewatch.decode.DecodeException} on bad bytes; the
 * layer-3 dispatcher turns that into a counted Malformed result.
 */
public final class RrDecoder {

    /** Decodes the message body; {@code in} is positioned just after the message type octet. */
    @FunctionalInterface
    private interface BodyDecoder {
        RrMessage decode(Octets in, Rest rest);
    }

    /**
     * Where the rest octets begin. On BCCH/CCCH the L2 pseudo length (10.5.2.19) counts every octet
     * but the rest octets, so it locates them even after optional IEs; elsewhere they simply follow
     * the last IE.
     */
    private record Rest(ByteBuffer l3, int offset) {
        ByteBuffer after(Octets in) {
            int start = Math.min(offset >= 0 ? Math.max(offset, in.offset()) : in.offset(), l3.remaining());
            return l3.slice(l3.position() + start, l3.remaining() - start);
        }

        int limitFor(Octets in) {
            return offset >= 0 ? Math.min(offset, in.length()) : in.length();
        }
    }

    private static final BodyDecoder[] DECODERS = new BodyDecoder[256];
    private static final int IEI_MOBILE_IDENTITY = 0x17;

    static {
        DECODERS[0x19] = RrDecoder::systemInformation1;
        DECODERS[0x1a] = (in, rest) -> new SystemInformation2(BaList.readNeighbourCellDescription(in),
                in.u8("NCC permitted"), RachControlParameters.read(in));
        DECODERS[0x02] = (in, rest) -> new SystemInformation2bis(BaList.readNeighbourCellDescription(in),
                RachControlParameters.read(in));
        DECODERS[0x03] = (in, rest) -> new SystemInformation2ter(BaList.readNeighbourCellDescription2(in));
        DECODERS[0x07] = (in, rest) -> new SystemInformation2quater(Si2quaterRestOctetsDecoder.decode(rest.after(in)));
        DECODERS[0x1b] = RrDecoder::systemInformation3;
        DECODERS[0x1c] = RrDecoder::systemInformation4;
        DECODERS[0x00] = (in, rest) -> new SystemInformation13(Si13RestOctetsDecoder.decode(rest.after(in)));
        DECODERS[0x1d] = (in, rest) -> new SystemInformation5("5", BaList.readNeighbourCellDescription(in));
        DECODERS[0x05] = (in, rest) -> new SystemInformation5("5bis", BaList.readNeighbourCellDescription(in));
        DECODERS[0x06] = (in, rest) -> new SystemInformation5("5ter", BaList.readNeighbourCellDescription2(in));
        DECODERS[0x1e] = (in, rest) -> new SystemInformation6(in.u16("cell identity"), LocationAreaId.read(in),
                CellOptions.readSacch(in), in.u8("NCC permitted"));
        DECODERS[0x21] = RrDecoder::pagingRequest1;
        DECODERS[0x22] = RrDecoder::pagingRequest2;
        DECODERS[0x24] = RrDecoder::pagingRequest3;
        DECODERS[0x27] = RrDecoder::pagingResponse;
        DECODERS[0x3f] = RrDecoder::immediateAssignment;
        DECODERS[0x0d] = (in, rest) -> new ChannelRelease(in.u8("RR cause"));
        DECODERS[0x35] = RrDecoder::cipheringModeCommand;
    }

    private RrDecoder() {
    }

    /**
     * @param in              cursor positioned at the message type octet
     * @param l3              the whole layer-3 message, starting at the skip indicator / PD octet
     * @param restOctetsOffset offset in {@code l3} of the rest octets (from the L2 pseudo length), or -1
     */
    public static GsmMessage decode(Octets in, ByteBuffer l3, int restOctetsOffset) {
        int messageType = in.u8("message type");
        BodyDecoder decoder = DECODERS[messageType];
        if (decoder == null) {
            return new UndecodedMessage("RR", messageType, RrMessageNames.name(messageType));
        }
        return decoder.decode(in, new Rest(l3, restOctetsOffset));
    }

    private static RrMessage systemInformation1(Octets in, Rest rest) {
        FrequencyList cellChannels = BaList.readCellChannelDescription(in);
        RachControlParameters rach = RachControlParameters.read(in);
        ByteBuffer restOctets = rest.after(in);
        // SI1 Rest Octets (10.5.2.32): { L | H <NCH Position : bit (5)> } { L | H } (band indicator).
        boolean band1900 = false;
        BitReader bits = new BitReader(restOctets, "rr.si1.rest");
        if (bits.hasBits(1)) {
            if (bits.high("NCH position")) {
                bits.skip(5, "NCH position");
            }
            band1900 = bits.hasBits(1) && bits.high("BAND_INDICATOR");
        }
        return new SystemInformation1(cellChannels, rach, band1900);
    }

    private static RrMessage systemInformation3(Octets in, Rest rest) {
        int cellIdentity = in.u16("cell identity");
        LocationAreaId lai = LocationAreaId.read(in);
        ControlChannelDescription ccd = ControlChannelDescription.read(in);
        CellOptions options = CellOptions.readBcch(in);
        CellSelectionParameters selection = CellSelectionParameters.read(in);
        RachControlParameters rach = RachControlParameters.read(in);
        return new SystemInformation3(cellIdentity, lai, ccd, options, selection, rach,
                Si3RestOctets.read(rest.after(in)));
    }

    private static RrMessage systemInformation4(Octets in, Rest rest) {
        LocationAreaId lai = LocationAreaId.read(in);
        CellSelectionParameters selection = CellSelectionParameters.read(in);
        RachControlParameters rach = RachControlParameters.read(in);
        boolean cbch = false;
        int end = rest.limitFor(in);
        // Optional IEs before the rest octets: CBCH Channel Description (TV, IEI 0x64, 4 octets) and
        // CBCH Mobile Allocation (TLV, IEI 0x72); the pseudo length tells where they end.
        while (in.offset() < end) {
            int iei = in.peek("SI4 optional IE");
            if (iei == 0x64) {
                in.skip(4, "CBCH channel description");
                cbch = true;
            } else if (iei == 0x72) {
                in.skip(1, "CBCH mobile allocation IEI");
                in.skip(in.u8("CBCH mobile allocation length"), "CBCH mobile allocation");
            } else {
                throw in.error("si4.unknown-ie", String.format("unexpected IEI 0x%02x before SI4 rest octets", iei));
            }
        }
        return new SystemInformation4(lai, selection, rach, cbch, Si4RestOctets.read(rest.after(in)));
    }

    private static int pageMode(int octet) {
        return octet & 0x03;
    }

    private static RrMessage pagingRequest1(Octets in, Rest rest) {
        int modes = in.u8("page mode");
        List<MobileIdentity> identities = new ArrayList<>(2);
        addIdentity(identities, MobileIdentity.readLv(in));
        int end = rest.limitFor(in);
        if (in.offset() < end && in.peek("mobile identity 2") == IEI_MOBILE_IDENTITY) {
            in.skip(1, "mobile identity 2 IEI");
            addIdentity(identities, MobileIdentity.readLv(in));
        }
        return new PagingRequest(1, pageMode(modes), identities);
    }

    private static RrMessage pagingRequest2(Octets in, Rest rest) {
        int modes = in.u8("page mode");
        List<MobileIdentity> identities = new ArrayList<>(3);
        identities.add(MobileIdentity.tmsi(in.u32("TMSI 1")));
        identities.add(MobileIdentity.tmsi(in.u32("TMSI 2")));
        int end = rest.limitFor(in);
        if (in.offset() < end && in.peek("mobile identity 3") == IEI_MOBILE_IDENTITY) {
            in.skip(1, "mobile identity 3 IEI");
            addIdentity(identities, MobileIdentity.readLv(in));
        }
        return new PagingRequest(2, pageMode(modes), identities);
    }

    private static RrMessage pagingRequest3(Octets in, Rest rest) {
        int modes = in.u8("page mode");
        List<MobileIdentity> identities = new ArrayList<>(4);
        for (int i = 1; i <= 4; i++) {
            identities.add(MobileIdentity.tmsi(in.u32("TMSI " + i)));
        }
        return new PagingRequest(3, pageMode(modes), identities);
    }

    private static RrMessage pagingResponse(Octets in, Rest rest) {
        // Ciphering key sequence number (low half-octet) and spare; Mobile Station Classmark 2 (LV).
        int cksn = in.u8("ciphering key sequence number") & 0x07;
        in.skip(in.u8("classmark 2 length"), "classmark 2");
        return new PagingResponse(cksn, MobileIdentity.readLv(in));
    }

    private static void addIdentity(List<MobileIdentity> identities, MobileIdentity identity) {
        if (identity.type() != MobileIdentity.Type.NONE) {
            identities.add(identity);
        }
    }

    private static RrMessage immediateAssignment(Octets in, Rest rest) {
        int modes = in.u8("page mode / dedicated mode or TBF");
        // Dedicated mode or TBF (10.5.2.25b), high half-octet: bit 1 (T/D) set means a TBF follows.
        boolean tbf = (modes & 0x10) != 0;
        ChannelDescription channel = ChannelDescription.read(in);
        int ra = in.u8("request reference RA");
        int frame = in.u16("request reference T1'/T3/T2");
        int timingAdvance = in.u8("timing advance") & 0x3f;
        in.skip(in.u8("mobile allocation length"), "mobile allocation");
        return new ImmediateAssignment(pageMode(modes), tbf, channel, ra, frame, timingAdvance);
    }

    private static RrMessage cipheringModeCommand(Octets in, Rest rest) {
        int octet = in.u8("cipher mode setting / cipher response");
        boolean start = (octet & 0x01) != 0;
        // 10.5.2.9: algorithm identifier in bits 4-2 codes A5/1 as 0 ... A5/7 as 6 (7 reserved).
        int algorithm = start ? ((octet >>> 1) & 0x07) + 1 : 0;
        boolean imeisv = (octet & 0x10) != 0;
        return new CipheringModeCommand(start, algorithm, imeisv);
    }
}
