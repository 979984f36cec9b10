package org.roguewatch.lte.rrc;

import java.util.List;

/**
 * The value lists behind the ENUMERATED fields of the broadcast messages (TS 36.331 clauses 6.2.2,
 * 6.3.1, 6.3.2, 6.3.4), in ASN.1 order, so the readers and writers share one source: the index on
 * the wire is the position in the list.
 */
final class SibValueTables {
    /** dl-Bandwidth / ul-Bandwidth / AllowedMeasBandwidth: n6..n100 (mbw6..mbw100), resource blocks. */
    static final List<Integer> BANDWIDTH_RB = List.of(6, 15, 25, 50, 75, 100);
    static final List<String> PHICH_DURATION = List.of("normal", "extended");
    static final List<String> PHICH_RESOURCE = List.of("oneSixth", "half", "one", "two");
    /** SchedulingInfo si-Periodicity rf8..rf512, radio frames. */
    static final List<Integer> SI_PERIODICITY_RF = List.of(8, 16, 32, 64, 128, 256, 512);
    /** SIB1 si-WindowLength ms1..ms40. */
    static final List<Integer> SI_WINDOW_MS = List.of(1, 2, 5, 10, 15, 20, 40);
    /** UE-TimersAndConstants (6.3.6). */
    static final List<Integer> T300_T301_MS = List.of(100, 200, 300, 400, 600, 1000, 1500, 2000);
    static final List<Integer> T310_MS = List.of(0, 50, 100, 200, 500, 1000, 2000);
    static final List<Integer> N310 = List.of(1, 2, 3, 4, 6, 8, 10, 20);
    static final List<Integer> T311_MS = List.of(1000, 3000, 5000, 10000, 15000, 20000, 30000);
    static final List<Integer> N311 = List.of(1, 2, 3, 4, 5, 6, 8, 10);
    /** TimeAlignmentTimer sf500..sf10240 and infinity (reported as {@link Sib2#TIMER_INFINITY}). */
    static final List<Integer> TIME_ALIGNMENT_SF = List.of(500, 750, 1280, 1920, 2560, 5120, 10240,
            Sib2.TIMER_INFINITY);
    /** PCCH-Config defaultPagingCycle rf32..rf256. */
    static final List<Integer> PAGING_CYCLE_RF = List.of(32, 64, 128, 256);
    static final List<String> PAGING_NB = List.of("fourT", "twoT", "oneT", "halfT", "quarterT", "oneEighthT",
            "oneSixteenthT", "oneThirtySecondT");
    /** AC-BarringConfig ac-BarringFactor p00..p95, percent. */
    static final List<Integer> AC_BARRING_FACTOR_PERCENT = List.of(0, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80,
            85, 90, 95);
    /** AC-BarringConfig ac-BarringTime s4..s512, seconds. */
    static final List<Integer> AC_BARRING_TIME_S = List.of(4, 8, 16, 32, 64, 128, 256, 512);
    /** SIB3 q-Hyst dB0..dB24. */
    static final List<Integer> Q_HYST_DB = List.of(0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24);
    /** Q-OffsetRange dB-24..dB24 (6.3.4). */
    static final List<Integer> Q_OFFSET_RANGE_DB = List.of(-24, -22, -20, -18, -16, -14, -12, -10, -8, -6, -5, -4,
            -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24);
    /** PhysCellIdRange range n4..n504 and two spares (counted as 0: no range a UE can use). */
    static final List<Integer> PCI_RANGE = List.of(4, 8, 12, 16, 24, 32, 48, 64, 84, 96, 128, 168, 252, 504, 0, 0);
    static final List<String> GERAN_BAND = List.of("dcs1800", "pcs1900");

    private SibValueTables() {
    }
}
