package org.roguewatch.observe;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsm.rr.BaList;
import org.roguewatch.gsm.rr.CellSelectionParameters;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.gsm.rr.ControlChannelDescription;
import org.roguewatch.gsm.rr.RachControlParameters;
import org.roguewatch.gsm.rr.SelectionParameters;
import org.roguewatch.gsm.rr.SystemInformation1;
import org.roguewatch.gsm.rr.SystemInformation2;
import org.roguewatch.gsm.rr.SystemInformation2bis;
import org.roguewatch.gsm.rr.SystemInformation2ter;
import org.roguewatch.gsm.rr.SystemInformation3;
import org.roguewatch.gsm.rr.SystemInformation4;
import org.roguewatch.gsm.rr.SystemInformation5;
import org.roguewatch.gsm.rr.SystemInformation6;
import org.roguewatch.gsmtap.GsmtapHeader;

/**
 * Folds the GSM messages one probe decoded into one {@link CellObservation} per cell — per ARFCN,
 * split when the ARFCN's broadcast names another identity ({@link ChannelCells}) — keeping for
 * every parameter the frames that carried each of its values. Uplink frames count toward the cell
 * of the same ARFCN. Not thread-safe: feed it from one thread.
 */
public final class GsmCellFolder {
    private final ChannelCells cells;

    public GsmCellFolder(String probeId) {
        this.cells = new ChannelCells(probeId, Radio.GSM);
    }

    /** Records a frame on the cell's channel (first/last seen and signal), message or not. */
    public void frame(FrameRef ref, GsmtapHeader header) {
        cells.frame(ref, header.arfcn(), header.signalDbm(), header.snrDb());
    }

    /** Folds one decoded message heard on the header's ARFCN. */
    public void message(FrameRef ref, GsmtapHeader header, GsmMessage message) {
        cells.fold(header.arfcn(), identityOf(message), cell -> fold(cell, ref, header, message));
    }

    private static void fold(CellBuilder cell, FrameRef ref, GsmtapHeader header, GsmMessage message) {
        cell.message(message.name());
        if (TransactionTracker.isDedicated(header)) {
            cell.dedicated(ref, header, message);
        }
        if (message instanceof SystemInformation3 si3) {
            identity(cell, ref, si3.lai().mcc(), si3.lai().mnc(), si3.lai().lac());
            cell.see(GsmFields.CI, si3.cellIdentity(), ref);
            controlChannel(cell, ref, si3.controlChannel());
            cell.see(GsmFields.RADIO_LINK_TIMEOUT, si3.cellOptions().radioLinkTimeout(), ref);
            cellSelection(cell, ref, si3.cellSelection());
            rach(cell, ref, si3.rach());
            selection(cell, ref, si3.restOctets().selection());
            cell.see(GsmFields.GPRS_INDICATOR, si3.restOctets().gprs() != null, ref);
            cell.see(GsmFields.SI2TER_INDICATOR, si3.restOctets().si2terAvailable(), ref);
            cell.see(GsmFields.SI2QUATER_INDICATOR, si3.restOctets().si2quaterPresent(), ref);
        } else if (message instanceof SystemInformation4 si4) {
            identity(cell, ref, si4.lai().mcc(), si4.lai().mnc(), si4.lai().lac());
            cellSelection(cell, ref, si4.cellSelection());
            rach(cell, ref, si4.rach());
            selection(cell, ref, si4.restOctets().selection());
            cell.see(GsmFields.GPRS_INDICATOR, si4.restOctets().gprs() != null, ref);
        } else if (message instanceof SystemInformation1 si1) {
            cell.see(GsmFields.CELL_ALLOCATION, ArfcnList.of(si1.cellChannels().arfcns()), ref);
            rach(cell, ref, si1.rach());
        } else if (message instanceof SystemInformation2 si2) {
            neighbours(cell, ref, GsmFields.NEIGHBOURS, si2.neighbours());
            cell.see(GsmFields.BA_EXT_IND, si2.neighbours().extInd(), ref);
            cell.see(GsmFields.NCC_PERMITTED, si2.nccPermitted(), ref);
            rach(cell, ref, si2.rach());
        } else if (message instanceof SystemInformation2bis si2bis) {
            neighbours(cell, ref, GsmFields.NEIGHBOURS_EXT, si2bis.neighbours());
            rach(cell, ref, si2bis.rach());
        } else if (message instanceof SystemInformation2ter si2ter) {
            neighbours(cell, ref, GsmFields.NEIGHBOURS_MULTIBAND, si2ter.neighbours());
        } else if (message instanceof SystemInformation5 si5) {
            neighbours(cell, ref, GsmFields.NEIGHBOURS_DEDICATED, si5.neighbours());
        } else if (message instanceof SystemInformation6 si6) {
            identity(cell, ref, si6.lai().mcc(), si6.lai().mnc(), si6.lai().lac());
            cell.see(GsmFields.CI, si6.cellIdentity(), ref);
        } else if (message instanceof CipheringModeCommand cipher) {
            cell.see(GsmFields.CIPHER_ALGORITHM, cipher.algorithm(), ref);
        }
    }

    /** One observation per cell heard (per ARFCN, and per identity when one ARFCN carried several), ascending by ARFCN. */
    public List<CellObservation> observations() {
        List<CellBuilder> all = cells.all();
        List<CellObservation> out = new ArrayList<>(all.size());
        for (CellBuilder builder : all) {
            out.add(builder.build());
        }
        return out;
    }

    /** The identity an SI3, SI4 or SI6 names (TS 44.018 9.1.35, 9.1.36, 9.1.40); null for other messages. */
    private static BroadcastIdentity identityOf(GsmMessage message) {
        if (message instanceof SystemInformation3 si3) {
            return new BroadcastIdentity(si3.lai().mcc(), si3.lai().mnc(), si3.lai().lac(), si3.cellIdentity());
        }
        if (message instanceof SystemInformation4 si4) {
            return new BroadcastIdentity(si4.lai().mcc(), si4.lai().mnc(), si4.lai().lac(), null);
        }
        if (message instanceof SystemInformation6 si6) {
            return new BroadcastIdentity(si6.lai().mcc(), si6.lai().mnc(), si6.lai().lac(), si6.cellIdentity());
        }
        return null;
    }

    private static void identity(CellBuilder cell, FrameRef ref, String mcc, String mnc, int lac) {
        cell.see(GsmFields.MCC, mcc, ref);
        cell.see(GsmFields.MNC, mnc, ref);
        cell.see(GsmFields.LAC, lac, ref);
    }

    private static void controlChannel(CellBuilder cell, FrameRef ref, ControlChannelDescription ccd) {
        cell.see(GsmFields.T3212, ccd.t3212(), ref);
        cell.see(GsmFields.ATT, ccd.att(), ref);
        cell.see(GsmFields.BS_AG_BLKS_RES, ccd.bsAgBlksRes(), ref);
        cell.see(GsmFields.BS_PA_MFRMS, ccd.bsPaMfrms(), ref);
        cell.see(GsmFields.CCCH_CONF, ccd.ccchConf(), ref);
        cell.see(GsmFields.MSCR, ccd.mscr(), ref);
    }

    private static void cellSelection(CellBuilder cell, FrameRef ref, CellSelectionParameters selection) {
        cell.see(GsmFields.CELL_RESELECT_HYSTERESIS, selection.cellReselectHysteresis(), ref);
        cell.see(GsmFields.MS_TXPWR_MAX_CCH, selection.msTxpwrMaxCch(), ref);
        cell.see(GsmFields.RXLEV_ACCESS_MIN, selection.rxlevAccessMin(), ref);
        cell.see(GsmFields.NECI, selection.neci(), ref);
    }

    private static void rach(CellBuilder cell, FrameRef ref, RachControlParameters rach) {
        cell.see(GsmFields.CELL_BARRED, rach.cellBarred(), ref);
        cell.see(GsmFields.REESTABLISHMENT_NOT_ALLOWED, rach.reestablishmentNotAllowed(), ref);
        cell.see(GsmFields.MAX_RETRANS, rach.maxRetrans(), ref);
        cell.see(GsmFields.TX_INTEGER, rach.txInteger(), ref);
        cell.see(GsmFields.ACCESS_CONTROL_CLASSES, rach.accessControlClasses(), ref);
    }

    private static void selection(CellBuilder cell, FrameRef ref, SelectionParameters selection) {
        if (selection == null) {
            return;
        }
        cell.see(GsmFields.CELL_RESELECT_OFFSET, selection.cellReselectOffset(), ref);
        cell.see(GsmFields.TEMPORARY_OFFSET, selection.temporaryOffset(), ref);
        cell.see(GsmFields.PENALTY_TIME, selection.penaltyTime(), ref);
        cell.see(GsmFields.CBQ, selection.cbq(), ref);
    }

    private static void neighbours(CellBuilder cell, FrameRef ref, CellField<ArfcnList> field, BaList list) {
        cell.see(field, ArfcnList.of(list.arfcns()), ref);
    }
}
