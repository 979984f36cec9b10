package org.roguewatch.lte.rrc;

import java.util.List;
import org.roguewatch.lte.per.PerWriter;

/**
 * RRCConnectionReconfiguration messages whose measConfig exercises every Rel-8 root branch and a
 * few extension additions and extension alternatives, followed by dedicatedInfoNASList. Written
 * bit by bit from TS 36.331 here, independently of the decoder's tables; tshark decodes the same
 * bytes in the fixture, so a misplaced bit shows up as a different NAS list there.
 */
final class MeasConfigFixtures {
    /** Two NAS Identity Requests (IMSI, IMEISV), well-formed so tshark's NAS dissector stays quiet. */
    static final List<byte[]> NAS = List.of(new byte[] {0x07, 0x55, 0x01}, new byte[] {0x07, 0x55, 0x03});

    private MeasConfigFixtures() {
    }

    /** Every root component of MeasConfig, every measurement object and report type. */
    static byte[] everyRootBranch() {
        PerWriter out = header(true);
        out.bit(false); // MeasConfig: no extension additions
        out.bits(0b11111111111L, 11); // all eleven root components present
        // measObjectToRemoveList: 2 entries (SIZE 1..32: 5 bits), ids 3 and 32
        out.constrained(2, 1, 32).constrained(3, 1, 32).constrained(32, 1, 32);
        // measObjectToAddModList: EUTRA, UTRA (FDD cells), UTRA (TDD cells), GERAN, CDMA2000
        out.constrained(5, 1, 32);
        eutraObject(out, 1);
        utraObject(out, 2, false);
        utraObject(out, 3, true);
        geranObject(out, 4);
        cdmaObject(out, 5);
        // reportConfigToRemoveList: 1 entry
        out.constrained(1, 1, 32).constrained(7, 1, 32);
        // reportConfigToAddModList: A1 (RSRP), A2 (RSRQ), A3, A4, A5, periodical, B1 x3, B2, inter-RAT periodical
        out.constrained(11, 1, 32);
        reportEutraEvent(out, 1, 0, w -> threshold(w, false, 40));
        reportEutraEvent(out, 2, 1, w -> threshold(w, true, 20));
        reportEutraEvent(out, 3, 2, w -> w.constrained(-6, -30, 30).bit(true));
        reportEutraEvent(out, 4, 3, w -> threshold(w, false, 97));
        reportEutraEvent(out, 5, 4, w -> {
            threshold(w, false, 30);
            threshold(w, true, 0);
        });
        out.constrained(6, 1, 32).bit(false); // reportConfigEUTRA
        out.bit(false).bit(true).constrained(1, 0, 1); // no ext; periodical, reportCGI
        out.bit(true).bit(false).constrained(1, 1, 8).constrained(9, 0, 15).constrained(0, 0, 7);
        reportInterRatB1(out, 7, w -> w.choice(0, 3, false).choice(0, 2, false).constrained(-5, -5, 91));
        reportInterRatB1(out, 8, w -> w.choice(0, 3, false).choice(1, 2, false).constrained(49, 0, 49));
        reportInterRatB1(out, 9, w -> w.choice(1, 3, false).constrained(63, 0, 63));
        out.constrained(10, 1, 32).bit(true); // reportConfigInterRAT, eventB2 (CDMA2000)
        out.bit(false).bit(false).bit(false).constrained(1, 0, 1);
        threshold(out, false, 50);
        out.choice(2, 3, false).constrained(12, 0, 63);
        out.constrained(3, 0, 30).constrained(15, 0, 15);
        out.constrained(8, 1, 8).constrained(15, 0, 15).constrained(7, 0, 7);
        out.constrained(11, 1, 32).bit(true); // reportConfigInterRAT, periodical reportStrongestCellsForSON
        out.bit(false).bit(true).constrained(1, 0, 2);
        out.constrained(1, 1, 8).constrained(0, 0, 15).constrained(0, 0, 7);
        // measIdToRemoveList: 1 entry; measIdToAddModList: 2 entries
        out.constrained(1, 1, 32).constrained(32, 1, 32);
        out.constrained(2, 1, 32);
        out.constrained(1, 1, 32).constrained(1, 1, 32).constrained(1, 1, 32);
        out.constrained(32, 1, 32).constrained(5, 1, 32).constrained(11, 1, 32);
        // quantityConfig: all four, every DEFAULT given explicitly
        out.bit(false).bits(0b1111, 4);
        out.bit(true).bit(true).enumerated(8, 16, true).enumerated(15, 16, true);
        out.bit(true).constrained(1, 0, 1).enumerated(0, 16, true);
        out.bit(true).enumerated(2, 16, true);
        out.constrained(1, 0, 1);
        // measGapConfig setup gp1 = 79; s-Measure 97
        out.choice(1, 2, false).choice(1, 2, true).constrained(79, 0, 79);
        out.constrained(97, 0, 97);
        // preRegistrationInfoHRPD: allowed, zone 200, two secondary zones
        out.bit(true).bit(true).bit(true).constrained(200, 0, 255).constrained(2, 1, 2)
                .constrained(1, 0, 255).constrained(255, 0, 255);
        // speedStatePars setup
        out.choice(1, 2, false).constrained(4, 0, 7).constrained(2, 0, 7).constrained(16, 1, 16)
                .constrained(1, 1, 16).constrained(3, 0, 3).constrained(0, 0, 3);
        return nasList(out);
    }

    /**
     * Extension machinery: an extension addition group in MeasObjectEUTRA (measCycleSCell-r10), an
     * extension alternative of eventId (eventA6-r10) and of gapOffset (gp2-r14), an extension group
     * of ReportConfigEUTRA (si-RequestForHO-r9) and of MeasConfig (allowInterruptions-r11), and a
     * measGapConfig release.
     */
    static byte[] extensions() {
        PerWriter out = header(true);
        out.bit(true); // MeasConfig has extension additions
        out.bits(0b01010001000L, 11); // measObjectToAddModList, reportConfigToAddModList, measGapConfig
        out.constrained(1, 1, 32);
        out.constrained(9, 1, 32).choice(0, 4, true);
        out.bit(true).bits(0, 6); // MeasObjectEUTRA with extension additions, no optional root fields
        out.constrained(65535, 0, 65535).constrained(5, 0, 5).bit(true).bits(0b10, 2);
        // additions: one group known to this writer, present: [[measCycleSCell-r10 sf1280, measSubframe... absent]]
        out.normallySmall(0).bit(true).openType(new PerWriter().bit(true).bit(false).constrained(6, 0, 7).toBytes());
        out.constrained(1, 1, 32);
        out.constrained(4, 1, 32).bit(false); // reportConfigEUTRA with an eventA6-r10 and an extension group
        out.bit(true).bit(false);
        DedicatedPer.extensionChoice(out, 0, new PerWriter().constrained(5, -30, 30).bit(false).toBytes());
        out.constrained(10, 0, 30).constrained(8, 0, 15);
        out.bit(false).bit(true).constrained(4, 1, 8).constrained(4, 0, 15).constrained(2, 0, 7);
        // [[si-RequestForHO-r9 setup, ue-RxTxTimeDiffPeriodical-r9 absent]]
        out.normallySmall(0).bit(true).openType(new PerWriter().bit(true).bit(false).toBytes());
        // measGapConfig setup, gapOffset extension alternative gp2-r14 = 17
        out.choice(1, 2, false);
        DedicatedPer.extensionChoice(out, 0, new PerWriter().constrained(17, 0, 39).toBytes());
        // MeasConfig additions: group 1 (measObjectToAddModList-v9e0) absent, group 2 allowInterruptions-r11 TRUE
        out.normallySmall(1).bit(false).bit(true).openType(new PerWriter().bit(true).bit(true).toBytes());
        return nasList(out);
    }

    /** measConfig with measGapConfig release only. */
    static byte[] gapRelease() {
        PerWriter out = header(true);
        out.bit(false).bits(0b00000001000L, 11).choice(0, 2, false);
        return nasList(out);
    }

    private static PerWriter header(boolean measConfig) {
        PerWriter out = new PerWriter().bit(false).constrained(4, 0, 15).constrained(2, 0, 3);
        out.bit(false).constrained(0, 0, 7); // c1, rrcConnectionReconfiguration-r8
        return out.bit(measConfig).bit(false).bit(true).bit(false).bit(false).bit(false);
    }

    private static byte[] nasList(PerWriter out) {
        out.constrained(NAS.size(), 1, 11);
        NAS.forEach(out::octets);
        return out.toBytes();
    }

    private static void eutraObject(PerWriter out, int id) {
        out.constrained(id, 1, 32).choice(0, 4, true);
        out.bit(false).bits(0b111111, 6);
        out.constrained(3400, 0, 65535).constrained(2, 0, 5).bit(false).bits(0b01, 2);
        out.constrained(30, 0, 30); // offsetFreq dB24
        out.constrained(2, 1, 32).constrained(1, 1, 32).constrained(32, 1, 32); // cellsToRemoveList
        out.constrained(2, 1, 32); // cellsToAddModList
        out.constrained(1, 1, 32).constrained(503, 0, 503).constrained(0, 0, 30);
        out.constrained(2, 1, 32).constrained(7, 0, 503).constrained(15, 0, 30);
        out.constrained(1, 1, 32).constrained(4, 1, 32); // blackCellsToRemoveList
        out.constrained(2, 1, 32); // blackCellsToAddModList: with and without range
        out.constrained(1, 1, 32).bit(true).constrained(100, 0, 503).constrained(13, 0, 15);
        out.constrained(2, 1, 32).bit(false).constrained(200, 0, 503);
        out.constrained(321, 0, 503); // cellForWhichToReportCGI
    }

    private static void utraObject(PerWriter out, int id, boolean tdd) {
        out.constrained(id, 1, 32).choice(1, 4, true);
        out.bit(false).bits(0b1111, 4);
        out.constrained(tdd ? 9500 : 10700, 0, 16383).constrained(-15, -15, 15);
        out.constrained(1, 1, 32).constrained(9, 1, 32);
        out.choice(tdd ? 1 : 0, 2, false).constrained(2, 1, 32);
        int max = tdd ? 127 : 511;
        out.constrained(1, 1, 32).constrained(max, 0, max).constrained(2, 1, 32).constrained(3, 0, max);
        out.choice(tdd ? 1 : 0, 2, false).constrained(max - 1, 0, max);
    }

    private static void geranObject(PerWriter out, int id) {
        out.constrained(id, 1, 32).choice(2, 4, true);
        out.bit(false).bits(0b111, 3);
        // CarrierFreqsGERAN: start 512, pcs1900, equally spaced 2 x 3
        out.constrained(512, 0, 1023).constrained(1, 0, 1).choice(1, 3, false).constrained(2, 1, 8).constrained(3, 0, 31);
        out.constrained(7, -15, 15).bits(0b10101010, 8).bits(0b101, 3).bits(0b011, 3);
    }

    private static void cdmaObject(PerWriter out, int id) {
        out.constrained(id, 1, 32).choice(3, 4, true);
        out.bit(false).bits(0b11111, 5);
        out.constrained(1, 0, 1).enumerated(21, 32, true).constrained(2047, 0, 2047);
        out.constrained(15, 0, 15).constrained(0, -15, 15);
        out.constrained(1, 1, 32).constrained(5, 1, 32);
        out.constrained(1, 1, 32).constrained(6, 1, 32).constrained(511, 0, 511);
        out.constrained(300, 0, 511);
    }

    private static void reportEutraEvent(PerWriter out, int id, int event, java.util.function.Consumer<PerWriter> body) {
        out.constrained(id, 1, 32).bit(false); // reportConfigEUTRA
        out.bit(false).bit(false).choice(event, 5, true); // no ext; event
        body.accept(out);
        out.constrained(id, 0, 30).constrained(id, 0, 15); // hysteresis, timeToTrigger
        out.bit(id % 2 == 1).bit(false).constrained(id % 8 + 1, 1, 8).constrained(id, 0, 15).constrained(id % 8, 0, 7);
    }

    private static void reportInterRatB1(PerWriter out, int id, java.util.function.Consumer<PerWriter> threshold) {
        out.constrained(id, 1, 32).bit(true); // reportConfigInterRAT
        out.bit(false).bit(false).choice(0, 2, true);
        threshold.accept(out);
        out.constrained(30, 0, 30).constrained(0, 0, 15);
        out.constrained(2, 1, 8).constrained(3, 0, 15).constrained(4, 0, 7);
    }

    private static void threshold(PerWriter out, boolean rsrq, int value) {
        out.bit(rsrq).constrained(value, 0, rsrq ? 34 : 97);
    }
}
