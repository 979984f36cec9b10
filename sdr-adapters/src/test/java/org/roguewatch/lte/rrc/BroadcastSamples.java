package org.roguewatch.lte.rrc;

import java.util.List;

/** Broadcast records for tests: typical cells and edge values of every field the records carry. */
final class BroadcastSamples {
    static final UeTimersAndConstants LAB_TIMERS = new UeTimersAndConstants(2000, 100, 200, 1, 10000, 1);

    private BroadcastSamples() {
    }

    static SystemInformationBlockType1 sib1(List<PlmnIdentity> plmns, List<SchedulingInfo> schedule) {
        return new SystemInformationBlockType1(plmns, 0x1234, 0x1a2b3c4L, false, true, false, null, -64, null, null, 3,
                schedule, 20, 3);
    }

    static PlmnIdentity plmn(String mcc, String mnc) {
        return new PlmnIdentity(mcc, mnc, false);
    }

    /** The lab cell's SIB2 (LTESniffer capture): no barring, paging rf32/oneT. */
    static Sib2 labSib2() {
        return new Sib2(null, LAB_TIMERS, 21400, 100, 1, Sib2.TIMER_INFINITY, 32, "oneT");
    }

    static Sib3 labSib3() {
        return new Sib3(2, 6, 3, 2, -61, 5, 1, 23, null, true, 1);
    }

    static Sib3 minimalSib3() {
        return new Sib3(0, 0, null, 0, -70, null, 0, null, null, false, 0);
    }

    static Sib3 fullSib3() {
        return new Sib3(24, 7, 31, 31, -22, 31, 7, 33, 100, true, 3);
    }

    static Sib4 sib4() {
        return new Sib4(List.of(new IntraFreqNeighbour(0, -24), new IntraFreqNeighbour(503, 24),
                new IntraFreqNeighbour(17, 0)), List.of(new PciRange(100, 1), new PciRange(200, 504),
                new PciRange(300, 4)), new PciRange(400, 8));
    }

    static InterFreqCarrier carrier(int earfcn, Integer priority) {
        return new InterFreqCarrier(earfcn, -62, null, 2, 10, 4, 50, true, priority, 1, 0);
    }

    static Sib5 sib5() {
        return new Sib5(List.of(
                new InterFreqCarrier(1300, -70, 23, 1, 12, 6, 100, true, 5, 1, -3),
                new InterFreqCarrier(3050, -22, null, 7, 0, 31, 6, false, null, 0, 0),
                new InterFreqCarrier(65535, -60, -30, 0, 31, 0, 25, true, 0, 3, 24)));
    }

    static Sib6 sib6() {
        return new Sib6(List.of(new UtraCarrier(10700, 3, 10, 4, -58, 24, -18),
                new UtraCarrier(10563, null, 0, 31, -60, -50, -24)),
                List.of(new UtraCarrier(9500, 2, 12, 6, -13, 33, null),
                        new UtraCarrier(16383, null, 1, 1, -60, 0, null)),
                2);
    }

    static GeranCarrierGroup geran(int start, String band, List<Integer> arfcns, Integer priority, Integer pMax) {
        return new GeranCarrierGroup(start, band, arfcns, priority, 0xff, 0, pMax, 10, 2);
    }

    /** One group in each CarrierFreqsGERAN form: explicit, equally spaced (wrapping past 1023), bitmap. */
    static Sib7 sib7AllForms() {
        return new Sib7(3, List.of(
                new GeranCarrierGroup(30, "dcs1800", List.of(30, 45, 12, 1000), 1, 0xff, 0, 33, 10, 2),
                new GeranCarrierGroup(1020, "pcs1900", List.of(1020, 1023, 2, 5), null, 0x01, 45, null, 31, 0),
                new GeranCarrierGroup(512, "dcs1800", List.of(512, 513, 520, 600, 640), 7, 0xa5, 20, 0, 0, 31),
                new GeranCarrierGroup(871, "dcs1800", List.of(871), 4, 0x80, 1, 39, 5, 5)));
    }
}
