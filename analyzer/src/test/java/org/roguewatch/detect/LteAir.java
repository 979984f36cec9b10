package org.roguewatch.detect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.capture.PcapWriter;
import org.roguewatch.gsmtap.GsmtapEncoder;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.lte.nas.EmmAuthenticationRequest;
import org.roguewatch.lte.nas.EmmIdentityRequest;
import org.roguewatch.lte.nas.EmmSecurityModeCommand;
import org.roguewatch.lte.nas.IdentityType2;
import org.roguewatch.lte.nas.NasEncoder;
import org.roguewatch.lte.nas.NasMessage;
import org.roguewatch.lte.nas.SecurityHeaderTypes;
import org.roguewatch.lte.rrc.GeranCarrierGroup;
import org.roguewatch.lte.rrc.InterFreqCarrier;
import org.roguewatch.lte.rrc.LteBroadcastEncoder;
import org.roguewatch.lte.rrc.LteDedicatedEncoder;
import org.roguewatch.lte.rrc.Paging;
import org.roguewatch.lte.rrc.PagingRecord;
import org.roguewatch.lte.rrc.PlmnIdentity;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo;
import org.roguewatch.lte.rrc.RrcConnectionRelease;
import org.roguewatch.lte.rrc.RrcSecurityModeCommand;
import org.roguewatch.lte.rrc.SchedulingInfo;
import org.roguewatch.lte.rrc.Sib2;
import org.roguewatch.lte.rrc.Sib3;
import org.roguewatch.lte.rrc.Sib5;
import org.roguewatch.lte.rrc.Sib6;
import org.roguewatch.lte.rrc.Sib7;
import org.roguewatch.lte.rrc.SystemInformationBlock;
import org.roguewatch.lte.rrc.SystemInformationBlockType1;
import org.roguewatch.lte.rrc.UeTimersAndConstants;
import org.roguewatch.lte.rrc.UtraCarrier;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.probe.GsmtapIngest;

/**
 * The LTE air as a probe hears it through a GSMTAP producer (LTESniffer, srsRAN, SCAT), written
 * with the project's own TS 36.331 / 24.301 encoders: cells broadcasting SIB1 and SI, paging, and
 * RRC connections carrying NAS, each NAS PDU sent as LTESniffer does — inside the RRC container
 * and again as an LTE_NAS frame.
 */
final class LteAir {
    private static final Instant START = Instant.parse("2026-11-24T08:00:00Z");
    private final List<GsmAir.Frame> frames = new ArrayList<>();
    private long millis;

    Cell cell(int earfcn) {
        return new Cell(earfcn);
    }

    List<CellObservation> observe(String probe, String source) {
        GsmtapIngest ingest = new GsmtapIngest(probe, new FrameCounters());
        for (int i = 0; i < frames.size(); i++) {
            GsmAir.Frame frame = frames.get(i);
            ingest.datagram(new FrameRef(source, i + 1, frame.time()), ByteBuffer.wrap(frame.datagram()));
        }
        if (ingest.counters().malformedTotal() > 0) {
            throw new AssertionError("our own encoders wrote malformed frames: " + ingest.counters().malformed());
        }
        return ingest.observations();
    }

    void writePcap(Path file) throws IOException {
        try (PcapWriter writer = PcapWriter.create(file, PcapWriter.Resolution.MICROSECONDS)) {
            for (GsmAir.Frame frame : frames) {
                writer.writeUdp(frame.time(), frame.datagram(), 34567, GsmtapHeader.DEFAULT_UDP_PORT);
            }
        }
    }

    private void add(int earfcn, int type, int subType, boolean uplink, byte[] payload) {
        millis += 10;
        GsmtapHeader header = new GsmtapHeader(GsmtapHeader.VERSION, GsmtapHeader.MIN_LENGTH, type, 0, earfcn,
                uplink, false, -85, 12, millis, subType, 0, 0);
        frames.add(new GsmAir.Frame(START.plusMillis(millis), GsmtapEncoder.encode(header, payload)));
    }

    /** One eNodeB cell: what it broadcasts (set before {@link #broadcast}) and what it does to UEs. */
    final class Cell {
        private final int earfcn;
        private String mcc = "262";
        private String mnc = "02";
        private int tac = 45101;
        private long eci = 40985857;
        private int servingPriority = 6;
        private Integer eutraPriority = 5;
        private Integer utraPriority = 3;
        private Integer geranPriority = 1;
        private boolean onlySib2;

        private Cell(int earfcn) {
            this.earfcn = earfcn;
        }

        Cell identity(String cellMcc, String cellMnc, int cellTac, long cellEci) {
            mcc = cellMcc;
            mnc = cellMnc;
            tac = cellTac;
            eci = cellEci;
            return this;
        }

        /** Reselection priorities: serving (SIB3), inter-frequency LTE (SIB5), UTRA (SIB6), GERAN (SIB7). */
        Cell priorities(int serving, Integer eutra, Integer utra, Integer geran) {
            servingPriority = serving;
            eutraPriority = eutra;
            utraPriority = utra;
            geranPriority = geran;
            return this;
        }

        /** Broadcast SIB1 and SIB2 only, as minimal rogue software does. */
        Cell onlySib2() {
            onlySib2 = true;
            return this;
        }

        /** SIB1 and the SI messages the schedule names, {@code cycles} times over. */
        Cell broadcast(int cycles) {
            List<SystemInformationBlock> sibs = sibs();
            List<Integer> mapped = new ArrayList<>();
            for (SystemInformationBlock sib : sibs) {
                if (!(sib instanceof Sib2)) {
                    mapped.add(sibType(sib));
                }
            }
            SystemInformationBlockType1 sib1 = new SystemInformationBlockType1(
                    List.of(new PlmnIdentity(mcc, mnc, false)), tac, eci, false, true, false, null, -64, null, null,
                    20, List.of(new SchedulingInfo(16, mapped)), 20, 3);
            for (int i = 0; i < cycles; i++) {
                add(earfcn, GsmtapType.LTE_RRC, LteRrcChannel.BCCH_DL_SCH, false, LteBroadcastEncoder.sib1(sib1));
                add(earfcn, GsmtapType.LTE_RRC, LteRrcChannel.BCCH_DL_SCH, false,
                        LteBroadcastEncoder.systemInformation(sibs));
            }
            return this;
        }

        private List<SystemInformationBlock> sibs() {
            List<SystemInformationBlock> sibs = new ArrayList<>();
            sibs.add(new Sib2(null, new UeTimersAndConstants(1000, 1000, 1000, 10, 1000, 1), 24300, 50, 1,
                    Sib2.TIMER_INFINITY, 32, "oneT"));
            if (onlySib2) {
                return sibs;
            }
            sibs.add(new Sib3(4, servingPriority, 20, 4, -64, 31, 1, 23, null, true, 1));
            if (eutraPriority != null) {
                sibs.add(new Sib5(List.of(new InterFreqCarrier(1300, -64, null, 1, 12, 6, 50, true, eutraPriority, 1,
                        0))));
            }
            if (utraPriority != null) {
                sibs.add(new Sib6(List.of(new UtraCarrier(10700, utraPriority, 10, 4, -58, 24, -18)), List.of(), 2));
            }
            if (geranPriority != null) {
                sibs.add(new Sib7(2, List.of(new GeranCarrierGroup(725, "dcs1800", List.of(725, 731), geranPriority,
                        0xff, 0, null, 10, 2))));
            }
            return sibs;
        }

        private static int sibType(SystemInformationBlock sib) {
            if (sib instanceof Sib3) {
                return 3;
            }
            if (sib instanceof Sib5) {
                return 5;
            }
            return sib instanceof Sib6 ? 6 : 7;
        }

        Cell page(PagingRecord... records) {
            add(earfcn, GsmtapType.LTE_RRC, LteRrcChannel.PCCH, false,
                    LteDedicatedEncoder.paging(new Paging(List.of(records), false, false)));
            return this;
        }

        /** An RRC connection: RRCConnectionSetup on DL-CCCH, then what the test sends. */
        Connection connect() {
            add(earfcn, GsmtapType.LTE_RRC, LteRrcChannel.DL_CCCH, false, LteDedicatedEncoder.rrcConnectionSetup(0));
            return new Connection(this);
        }
    }

    /** One UE's RRC connection on a cell, downlink as a DL-only sniffer hears it. */
    final class Connection {
        private final Cell cell;
        private int sequence;

        private Connection(Cell cell) {
            this.cell = cell;
        }

        /** A plain NAS message in DLInformationTransfer, and its LTE_NAS copy. */
        Connection nas(NasMessage message) {
            return nas(NasEncoder.plain(message), false);
        }

        /** A NAS message under integrity protection with a new security context (TS 24.301 9.3.1 type 3). */
        Connection protectedNas(NasMessage message) {
            return nas(NasEncoder.integrityProtected(message, SecurityHeaderTypes.INTEGRITY_PROTECTED_NEW_CONTEXT,
                    sequence++), true);
        }

        private Connection nas(byte[] pdu, boolean protectedPdu) {
            add(cell.earfcn, GsmtapType.LTE_RRC, LteRrcChannel.DL_DCCH, false,
                    LteDedicatedEncoder.dlInformationTransfer(pdu, 0));
            add(cell.earfcn, GsmtapType.LTE_NAS, protectedPdu ? 1 : 0, false, pdu);
            return this;
        }

        Connection identityRequest(IdentityType2 type) {
            return nas(new EmmIdentityRequest(type));
        }

        Connection authenticate() {
            return nas(new EmmAuthenticationRequest(1, "00112233445566778899aabbccddeeff",
                    "ffeeddccbbaa99887766554433221100"));
        }

        /** NAS then RRC Security Mode Command with these algorithms (0 = EEA0 / EIA0). */
        Connection security(int eea, int eia) {
            protectedNas(new EmmSecurityModeCommand(eea, eia, 1, false));
            add(cell.earfcn, GsmtapType.LTE_RRC, LteRrcChannel.DL_DCCH, false,
                    LteDedicatedEncoder.securityModeCommand(new RrcSecurityModeCommand(eea, eia)));
            return this;
        }

        Cell release() {
            return release(null);
        }

        Cell release(RedirectedCarrierInfo redirect) {
            add(cell.earfcn, GsmtapType.LTE_RRC, LteRrcChannel.DL_DCCH, false,
                    LteDedicatedEncoder.rrcConnectionRelease(new RrcConnectionRelease("other", redirect, null)));
            return cell;
        }

        /** Leaves the connection open (the capture ends with it). */
        Cell hold() {
            return cell;
        }
    }
}
