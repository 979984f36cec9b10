package org.roguewatch.sim.render;

import java.util.List;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.rr.BaList;
import org.roguewatch.gsm.rr.CellOptions;
import org.roguewatch.gsm.rr.CellSelectionParameters;
import org.roguewatch.gsm.rr.ControlChannelDescription;
import org.roguewatch.gsm.rr.EutranNeighbourFrequency;
import org.roguewatch.gsm.rr.GprsIndicator;
import org.roguewatch.gsm.rr.RachControlParameters;
import org.roguewatch.gsm.rr.RrEncoder;
import org.roguewatch.gsm.rr.SelectionParameters;
import org.roguewatch.gsm.rr.ServingCellPriority;
import org.roguewatch.gsm.rr.Si13RestOctetsEncoder;
import org.roguewatch.gsm.rr.Si2quaterRestOctets;
import org.roguewatch.gsm.rr.Si3RestOctets;
import org.roguewatch.gsm.rr.Si4RestOctets;
import org.roguewatch.gsm.rr.SystemInformation1;
import org.roguewatch.gsm.rr.SystemInformation13;
import org.roguewatch.gsm.rr.SystemInformation2;
import org.roguewatch.gsm.rr.SystemInformation2quater;
import org.roguewatch.gsm.rr.SystemInformation2ter;
import org.roguewatch.gsm.rr.SystemInformation3;
import org.roguewatch.gsm.rr.SystemInformation4;
import org.roguewatch.gsm.rr.SystemInformation5;
import org.roguewatch.gsm.rr.SystemInformation6;
import org.roguewatch.sim.scenario.ArfcnLists;
import org.roguewatch.sim.scenario.GsmCell;
import org.roguewatch.sim.scenario.SiParameters;

/**
 * The System Information messages of one simulated GSM cell, as records and as the 23-octet blocks
 * {@link RrEncoder} writes. What the scenario does not set is written as a typical operator
 * configures it: one TRX (the cell allocation is the BCCH carrier), non-combined CCCH on one
 * timeslot with one block reserved for AGCH, paging every 4 multiframes, ATT on, MSCR Release 99,
 * DTX, radio link timeout 64 blocks, RACH max 4 retransmissions over 32 slots, all access classes
 * allowed, NECI on, early classmark sending on, SI2quater on BCCH Ext.
 */
public final class GsmSystemInformation {
    /** MAX_RETRANS code 2 (4 retransmissions), TX-INTEGER code 14 (32 slots): TS 44.018 10.5.2.29. */
    private static final int MAX_RETRANS = 2;
    private static final int TX_INTEGER = 14;
    /** BS_PA_MFRMS code 2: paging every 4 multiframes; BS_AG_BLKS_RES 1; CCCH_CONF 0 (10.5.2.11). */
    private static final int BS_PA_MFRMS = 2;
    private static final int BS_AG_BLKS_RES = 1;
    /** RADIO-LINK-TIMEOUT code 15 (64 SACCH blocks), DTX code 2 (shall not use on TCH/F), 10.5.2.3. */
    private static final int RADIO_LINK_TIMEOUT = 15;
    private static final int DTX = 2;
    /** SACCH L1 header of the simulated dedicated channels: MS power level 5, TA as the phone's. */
    static final int SACCH_MS_POWER_LEVEL = 5;

    private final SystemInformation1 si1;
    private final SystemInformation2 si2;
    private final SystemInformation2ter si2ter;
    private final SystemInformation2quater si2quater;
    private final SystemInformation3 si3;
    private final SystemInformation4 si4;
    private final SystemInformation13 si13;
    private final SystemInformation5 si5;
    private final SystemInformation6 si6;

    private final byte[] si1Block;
    private final byte[] si2Block;
    private final byte[] si2terBlock;
    private final byte[] si2quaterBlock;
    private final byte[] si3Block;
    private final byte[] si4Block;
    private final byte[] si13Block;

    public GsmSystemInformation(GsmCell cell) {
        SiParameters p = cell.si();
        LocationAreaId lai = new LocationAreaId(cell.mcc(), cell.mnc(), cell.lac());
        RachControlParameters rach = new RachControlParameters(MAX_RETRANS, TX_INTEGER, p.cellBarred(), false, 0);
        CellSelectionParameters selection = new CellSelectionParameters(p.cellReselectHysteresis(), p.msTxpwrMaxCch(),
                false, true, p.rxlevAccessMin());
        SelectionParameters reselection = new SelectionParameters(false, p.cellReselectOffset(), p.temporaryOffset(),
                p.penaltyTime());
        GprsIndicator gprs = p.gprs() ? new GprsIndicator(0, false) : null;
        BaList ba = new BaList(false, 0, -1, ArfcnLists.compact(cell.neighbours()));

        si1 = new SystemInformation1(ArfcnLists.compact(List.of(cell.arfcn())), rach, false);
        si2 = new SystemInformation2(ba, p.nccPermitted(), rach);
        si2ter = p.si2ter() ? new SystemInformation2ter(new BaList(false, 0, 0,
                ArfcnLists.compact(p.multibandNeighbours()))) : null;
        si2quater = p.si2quater() ? new SystemInformation2quater(Si2quaterRestOctets.priorities(
                new ServingCellPriority(p.geranPriority(), 15, 0, 0, 0),
                p.eutranNeighbours().stream().map(earfcn -> new EutranNeighbourFrequency(earfcn, null, 5, 10, null, null))
                        .toList())) : null;
        si3 = new SystemInformation3(cell.ci(), lai,
                new ControlChannelDescription(1, true, BS_AG_BLKS_RES, 0, 0, BS_PA_MFRMS, p.t3212()),
                new CellOptions(false, DTX, RADIO_LINK_TIMEOUT), selection, rach,
                new Si3RestOctets(reselection, -1, p.si2ter(), true, -1, gprs, false, p.si2quater(), p.si2quater()));
        si4 = new SystemInformation4(lai, selection, rach, false, new Si4RestOctets(reselection, -1, gprs));
        si13 = p.gprs() ? new SystemInformation13(Si13RestOctetsEncoder.typicalGprsCell(0, cell.lac() & 0xff)) : null;
        si5 = new SystemInformation5("5", ba);
        si6 = new SystemInformation6(cell.ci(), lai, new CellOptions(false, DTX, RADIO_LINK_TIMEOUT), p.nccPermitted());

        si1Block = RrEncoder.bcchBlock(si1);
        si2Block = RrEncoder.bcchBlock(si2);
        si2terBlock = si2ter == null ? null : RrEncoder.bcchBlock(si2ter);
        si2quaterBlock = si2quater == null ? null : RrEncoder.bcchBlock(si2quater);
        si3Block = RrEncoder.bcchBlock(si3);
        si4Block = RrEncoder.bcchBlock(si4);
        si13Block = si13 == null ? null : RrEncoder.bcchBlock(si13);
    }

    public SystemInformation1 si1() {
        return si1;
    }

    public SystemInformation2 si2() {
        return si2;
    }

    /** SI2ter, or {@code null} when the cell does not send it. */
    public SystemInformation2ter si2ter() {
        return si2ter;
    }

    /** SI2quater, or {@code null} when the cell does not send it. */
    public SystemInformation2quater si2quater() {
        return si2quater;
    }

    public SystemInformation3 si3() {
        return si3;
    }

    public SystemInformation4 si4() {
        return si4;
    }

    /** SI13, or {@code null} without GPRS. */
    public SystemInformation13 si13() {
        return si13;
    }

    public SystemInformation5 si5() {
        return si5;
    }

    public SystemInformation6 si6() {
        return si6;
    }

    /**
     * The BCCH Norm block at TC (TS 45.002 6.3.1.3, table 3): SI1 at TC 0, SI2 at 1, SI3 at 2 and 6,
     * SI4 at 3 and 7, SI13 at 4 (with GPRS), SI2ter at 5; {@code null} where the cell sends nothing
     * there.
     */
    byte[] bcchNorm(int tc) {
        return switch (tc) {
            case 0 -> si1Block;
            case 1 -> si2Block;
            case 2, 6 -> si3Block;
            case 3, 7 -> si4Block;
            case 4 -> si13Block;
            case 5 -> si2terBlock;
            default -> throw new IllegalArgumentException("TC " + tc);
        };
    }

    /** The BCCH Ext block at TC 5: SI2quater (the SI3 rest octets say so), or {@code null}. */
    byte[] bcchExtTc5() {
        return si2quaterBlock;
    }

    byte[] sacchSi5(int timingAdvance) {
        return RrEncoder.sacchBlock(si5, SACCH_MS_POWER_LEVEL, timingAdvance);
    }

    byte[] sacchSi6(int timingAdvance) {
        return RrEncoder.sacchBlock(si6, SACCH_MS_POWER_LEVEL, timingAdvance);
    }
}
