package org.roguewatch.observe;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.lte.nas.EmmSecurityModeCommand;
import org.roguewatch.lte.nas.NasPdu;
import org.roguewatch.lte.rrc.GeranCarrierGroup;
import org.roguewatch.lte.rrc.InterFreqCarrier;
import org.roguewatch.lte.rrc.Paging;
import org.roguewatch.lte.rrc.PagingRecord;
import org.roguewatch.lte.rrc.RrcSecurityModeCommand;
import org.roguewatch.lte.rrc.Sib2;
import org.roguewatch.lte.rrc.Sib3;
import org.roguewatch.lte.rrc.Sib5;
import org.roguewatch.lte.rrc.Sib6;
import org.roguewatch.lte.rrc.Sib7;
import org.roguewatch.lte.rrc.SystemInformation;
import org.roguewatch.lte.rrc.SystemInformationBlock;
import org.roguewatch.lte.rrc.SystemInformationBlockType1;
import org.roguewatch.lte.rrc.UtraCarrier;

/**
 * Folds the LTE RRC and NAS messages one probe decoded into one observation per cell — per EARFCN
 * (as given in the GSMTAP header; producers that leave it 0 put every cell on "EARFCN 0"), split when
 * a SIB1 names another cell ({@link ChannelCells}): SIB parameters with
 * the frames that carried them, IMSIs paged, and the RRC connections with their NAS. Not
 * thread-safe.
 */
public final class LteCellFolder {
    private final ChannelCells cells;
    private final Map<Integer, LteConnectionTracker> connections = new HashMap<>();

    public LteCellFolder(String probeId) {
        this.cells = new ChannelCells(probeId, Radio.LTE);
    }

    public void frame(FrameRef ref, GsmtapHeader header) {
        cells.frame(ref, header.arfcn(), header.signalDbm(), header.snrDb());
    }

    /**
     * Folds one message.
     *
     * @param rawNas the PDU bytes of a GSMTAP LTE_NAS frame (to recognise copies of NAS already taken
     *               from an RRC container), or null for RRC frames
     * @return false when the message was a copy of NAS already folded from an RRC frame
     */
    public boolean message(FrameRef ref, GsmtapHeader header, LteMessage message, ByteBuffer rawNas) {
        int earfcn = header.arfcn();
        List<NasPdu> nas = List.of();
        if (isDedicated(header)) {
            boolean uplink = header.uplink() || LteRrcChannel.isUplink(header.subType());
            LteConnectionTracker tracker = connections.computeIfAbsent(earfcn, e -> new LteConnectionTracker());
            if (tracker.accept(ref, uplink, message, rawNas) == LteConnectionTracker.Outcome.NAS_COPY) {
                return false;
            }
            nas = List.copyOf(tracker.lastNas());
        }
        BroadcastIdentity identity = message instanceof SystemInformationBlockType1 sib1 && !sib1.plmns().isEmpty()
                ? new BroadcastIdentity(sib1.plmns().get(0).mcc(), sib1.plmns().get(0).mnc(), sib1.trackingAreaCode(),
                        (int) sib1.cellIdentity())
                : null;
        List<NasPdu> inside = nas;
        cells.fold(earfcn, identity, cell -> fold(cell, ref, message, inside));
        return true;
    }

    private static void fold(CellBuilder cell, FrameRef ref, LteMessage message, List<NasPdu> nas) {
        if (message instanceof SystemInformationBlockType1 sib1) {
            systemInformation1(cell, ref, sib1);
        } else if (message instanceof SystemInformation si) {
            for (SystemInformationBlock sib : si.sibs()) {
                systemInformationBlock(cell, ref, sib);
            }
        } else if (message instanceof Paging paging) {
            for (PagingRecord record : paging.records()) {
                if (record.imsi() != null) {
                    cell.see(LteFields.PAGED_IMSI, record.imsi(), ref);
                }
            }
        }
        ciphering(cell, ref, message);
        for (NasPdu pdu : nas) {
            ciphering(cell, ref, pdu);
            cell.message(pdu.name());
        }
        cell.message(message.name());
    }

    public List<CellObservation> observations() {
        List<CellBuilder> all = cells.all();
        connections.forEach((earfcn, tracker) -> assignConnections(cells.onChannel(earfcn), tracker.transactions()));
        List<CellObservation> out = new ArrayList<>(all.size());
        for (CellBuilder builder : all) {
            out.add(builder.build());
        }
        return out;
    }

    /**
     * The connections of an EARFCN, to the cell the probe was camped on when each began: the last cell
     * first seen at or before the connection's first frame (the first cell for one before any).
     */
    private static void assignConnections(List<CellBuilder> cells, List<DedicatedTransaction> transactions) {
        if (cells.isEmpty()) {
            return;
        }
        Map<CellBuilder, List<DedicatedTransaction>> byCell = new HashMap<>();
        for (DedicatedTransaction transaction : transactions) {
            Instant start = transaction.steps().get(0).ref().time();
            CellBuilder owner = cells.get(0);
            for (CellBuilder cell : cells) {
                if (start != null && cell.firstSeen() != null && !cell.firstSeen().isAfter(start)) {
                    owner = cell;
                }
            }
            byCell.computeIfAbsent(owner, c -> new ArrayList<>()).add(transaction);
        }
        for (CellBuilder cell : cells) {
            cell.replaceTransactions(byCell.getOrDefault(cell, List.of()));
        }
    }

    private static boolean isDedicated(GsmtapHeader header) {
        if (header.type() == GsmtapType.LTE_NAS) {
            return true;
        }
        int channel = header.subType();
        return channel == LteRrcChannel.DL_CCCH || channel == LteRrcChannel.DL_DCCH
                || channel == LteRrcChannel.UL_CCCH || channel == LteRrcChannel.UL_DCCH;
    }

    private static void ciphering(CellBuilder cell, FrameRef ref, LteMessage message) {
        if (message instanceof RrcSecurityModeCommand command) {
            cell.see(LteFields.RRC_CIPHER_ALGORITHM, command.cipheringAlgorithm(), ref);
            cell.see(LteFields.RRC_INTEGRITY_ALGORITHM, command.integrityAlgorithm(), ref);
        } else if (message instanceof NasPdu pdu && pdu.message() instanceof EmmSecurityModeCommand command) {
            cell.see(LteFields.NAS_CIPHER_ALGORITHM, command.cipheringAlgorithm(), ref);
            cell.see(LteFields.NAS_INTEGRITY_ALGORITHM, command.integrityAlgorithm(), ref);
        }
    }

    private static void systemInformation1(CellBuilder cell, FrameRef ref, SystemInformationBlockType1 sib1) {
        if (!sib1.plmns().isEmpty()) {
            cell.see(LteFields.MCC, sib1.plmns().get(0).mcc(), ref);
            cell.see(LteFields.MNC, sib1.plmns().get(0).mnc(), ref);
        }
        cell.see(LteFields.TAC, sib1.trackingAreaCode(), ref);
        cell.see(LteFields.ECI, (int) sib1.cellIdentity(), ref);
        cell.see(LteFields.CELL_BARRED, sib1.cellBarred(), ref);
        cell.see(LteFields.Q_RX_LEV_MIN, sib1.qRxLevMin(), ref);
        cell.see(LteFields.FREQ_BAND, sib1.freqBandIndicator(), ref);
        cell.see(LteFields.SCHEDULED_SIBS, ArfcnList.of(sib1.scheduledSibTypes().stream().mapToInt(i -> i).toArray()),
                ref);
    }

    private static void systemInformationBlock(CellBuilder cell, FrameRef ref, SystemInformationBlock sib) {
        if (sib instanceof Sib2 sib2 && sib2.timers() != null) {
            cell.see(LteFields.T300, sib2.timers().t300Ms(), ref);
            cell.see(LteFields.T310, sib2.timers().t310Ms(), ref);
            cell.see(LteFields.N310, sib2.timers().n310(), ref);
        } else if (sib instanceof Sib3 sib3) {
            cell.see(LteFields.SERVING_PRIORITY, sib3.cellReselectionPriority(), ref);
            cell.see(LteFields.THRESH_SERVING_LOW, sib3.threshServingLow(), ref);
            if (sib3.sNonIntraSearch() != null) {
                cell.see(LteFields.S_NON_INTRA_SEARCH, sib3.sNonIntraSearch(), ref);
            }
        } else if (sib instanceof Sib5 sib5) {
            int[] freqs = new int[sib5.carriers().size()];
            Integer max = null;
            for (int i = 0; i < freqs.length; i++) {
                InterFreqCarrier carrier = sib5.carriers().get(i);
                freqs[i] = carrier.dlCarrierFreq();
                max = max(max, carrier.cellReselectionPriority());
            }
            cell.see(LteFields.EUTRA_NEIGHBOUR_FREQS, ArfcnList.of(freqs), ref);
            cell.see(LteFields.EUTRA_MAX_PRIORITY, max, ref);
        } else if (sib instanceof Sib6 sib6) {
            List<Integer> uarfcns = new ArrayList<>();
            Integer max = null;
            for (List<UtraCarrier> list : List.of(sib6.fdd(), sib6.tdd())) {
                for (UtraCarrier carrier : list) {
                    uarfcns.add(carrier.uarfcn());
                    max = max(max, carrier.cellReselectionPriority());
                }
            }
            cell.see(LteFields.UTRA_NEIGHBOUR_FREQS, ArfcnList.of(uarfcns.stream().mapToInt(i -> i).toArray()), ref);
            cell.see(LteFields.UTRA_MAX_PRIORITY, max, ref);
        } else if (sib instanceof Sib7 sib7) {
            List<Integer> arfcns = new ArrayList<>();
            Integer max = null;
            for (GeranCarrierGroup group : sib7.groups()) {
                arfcns.addAll(group.arfcns());
                max = max(max, group.cellReselectionPriority());
            }
            cell.see(LteFields.GERAN_NEIGHBOUR_ARFCNS, ArfcnList.of(arfcns.stream().mapToInt(i -> i).toArray()), ref);
            cell.see(LteFields.GERAN_MAX_PRIORITY, max, ref);
        }
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }
}
