package org.roguewatch.gsm.rr;

import org.roguewatch.gsm.LocationAreaIdEncoder;
import org.roguewatch.gsm.OctetWriter;

/**
 * The bodies of the System Information messages we decode (TS 44.018 9.1.31-9.1.40), laid out as
 * {@link BbisMessage}s. Where a record does not keep a field, the documented default is written:
 * <ul>
 * <li>SI1: no NCH position (L);</li>
 * <li>SI2bis, SI2ter: rest octets all L (no SI2ter MP change mark, index or 3G/UTRAN parts);</li>
 * <li>SI4: when {@code cbchPresent}, the CBCH Channel Description {@link #DEFAULT_CBCH}, and no CBCH
 * Mobile Allocation; rest octets without the "_S" part;</li>
 * <li>SI6: rest octets all L (no PCH/NCH info, no VBS/VGCS options, no DTM, band indicator 1800).</li>
 * </ul>
 */
final class SystemInformationWriter {
    /**
     * The CBCH channel written into SI4 when the record only says one exists: SDCCH/4 sub-channel 2
     * on timeslot 0 (the usual CBCH position, TS 45.002 6.4.1), TSC 0, ARFCN 0, not hopping.
     */
    static final ChannelDescription DEFAULT_CBCH = new ChannelDescription("SDCCH/4", 2, 0, 0, false, 0, -1, -1);

    static final int SI1 = 0x19;
    static final int SI2 = 0x1a;
    static final int SI2BIS = 0x02;
    static final int SI2TER = 0x03;
    static final int SI3 = 0x1b;
    static final int SI4 = 0x1c;
    static final int SI5 = 0x1d;
    static final int SI5BIS = 0x05;
    static final int SI5TER = 0x06;
    static final int SI6 = 0x1e;
    private static final int IEI_CBCH_CHANNEL_DESCRIPTION = 0x64;

    private SystemInformationWriter() {
    }

    static BbisMessage si1(SystemInformation1 si1) {
        OctetWriter out = header(SI1).bytes(BaListWriter.cellChannelDescription(si1.cellChannels()));
        CellIeWriter.rachControlParameters(out, si1.rach());
        // SI1 Rest Octets (10.5.2.32): { L | H <NCH Position> } { L | H } (BAND_INDICATOR 1900).
        return new BbisMessage(out.toByteArray(), room -> new RestOctetsWriter(room).high(false)
                .high(si1.bandIndicator1900()).toOctets());
    }

    static BbisMessage si2(SystemInformation2 si2) {
        OctetWriter out = header(SI2).bytes(BaListWriter.neighbourCellDescription(si2.neighbours()));
        CellIeWriter.nccPermitted(out, si2.nccPermitted());
        CellIeWriter.rachControlParameters(out, si2.rach());
        return new BbisMessage(out.toByteArray(), null);
    }

    static BbisMessage si2bis(SystemInformation2bis si2bis) {
        OctetWriter out = header(SI2BIS).bytes(BaListWriter.neighbourCellDescription(si2bis.neighbours()));
        CellIeWriter.rachControlParameters(out, si2bis.rach());
        return new BbisMessage(out.toByteArray(), null);
    }

    static BbisMessage si2ter(SystemInformation2ter si2ter) {
        // 9.1.34: "This message has a L2 pseudo length of 18": PD, type and the 16-octet list.
        return new BbisMessage(header(SI2TER).bytes(BaListWriter.neighbourCellDescription2(si2ter.neighbours()))
                .toByteArray(), null);
    }

    static BbisMessage si3(SystemInformation3 si3) {
        OctetWriter out = header(SI3);
        CellIeWriter.cellIdentity(out, si3.cellIdentity());
        out.bytes(LocationAreaIdEncoder.encode(si3.lai()));
        CellIeWriter.controlChannelDescription(out, si3.controlChannel());
        CellIeWriter.cellOptionsBcch(out, si3.cellOptions());
        CellIeWriter.cellSelectionParameters(out, si3.cellSelection());
        CellIeWriter.rachControlParameters(out, si3.rach());
        byte[] rest = Si3RestOctetsWriter.write(si3.restOctets());
        return new BbisMessage(out.toByteArray(), room -> rest);
    }

    static BbisMessage si4(SystemInformation4 si4) {
        OctetWriter out = header(SI4).bytes(LocationAreaIdEncoder.encode(si4.lai()));
        CellIeWriter.cellSelectionParameters(out, si4.cellSelection());
        CellIeWriter.rachControlParameters(out, si4.rach());
        if (si4.cbchPresent()) {
            out.u8(IEI_CBCH_CHANNEL_DESCRIPTION);
            ChannelDescriptionWriter.write(out, DEFAULT_CBCH);
        }
        return new BbisMessage(out.toByteArray(), room -> Si4RestOctetsWriter.write(si4.restOctets(), room));
    }

    static BbisMessage si5(SystemInformation5 si5) {
        return switch (si5.variant()) {
            case "5" -> new BbisMessage(header(SI5).bytes(BaListWriter.neighbourCellDescription(si5.neighbours()))
                    .toByteArray(), null);
            case "5bis" -> new BbisMessage(header(SI5BIS)
                    .bytes(BaListWriter.neighbourCellDescription(si5.neighbours())).toByteArray(), null);
            case "5ter" -> new BbisMessage(header(SI5TER)
                    .bytes(BaListWriter.neighbourCellDescription2(si5.neighbours())).toByteArray(), null);
            default -> throw new IllegalArgumentException("unknown SI5 variant " + si5.variant());
        };
    }

    static BbisMessage si6(SystemInformation6 si6) {
        OctetWriter out = header(SI6);
        CellIeWriter.cellIdentity(out, si6.cellIdentity());
        out.bytes(LocationAreaIdEncoder.encode(si6.lai()));
        CellIeWriter.cellOptionsSacch(out, si6.cellOptions());
        CellIeWriter.nccPermitted(out, si6.nccPermitted());
        return new BbisMessage(out.toByteArray(), null);
    }

    /** Skip indicator 0, RR protocol discriminator, message type. */
    static OctetWriter header(int messageType) {
        return new OctetWriter().u8(BbisMessage.PD_RR).u8(messageType);
    }
}
