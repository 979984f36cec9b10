package org.roguewatch.lte.rrc;

import org.roguewatch.lte.per.PerReader;

/**
 * Walks a MeasConfig (TS 36.331 6.3.5) field by field, checking every constrained value, so the
 * fields after it in RRCConnectionReconfiguration-r8-IEs can be read. Only the Rel-8 root of each
 * type is known here; everything added later is an extension addition or extension CHOICE
 * alternative, which PER wraps as an open type (X.691 19.7, 23.8) and which is skipped by length.
 */
final class MeasConfigSkipper {
    private static final int MAX_OBJECT_ID = 32;
    private static final int MAX_REPORT_CONFIG_ID = 32;
    private static final int MAX_MEAS_ID = 32;
    private static final int MAX_CELL_MEAS = 32;
    private static final int MAX_CELL_REPORT = 8;
    private static final int PHYS_CELL_ID_MAX = 503;

    private MeasConfigSkipper() {
    }

    static void skip(PerReader in) {
        boolean extended = in.extensionBit();
        boolean[] present = in.optionals(11);
        if (present[0]) {
            identityList(in, MAX_OBJECT_ID, MAX_OBJECT_ID); // measObjectToRemoveList
        }
        if (present[1]) {
            int count = in.length(1, MAX_OBJECT_ID);
            for (int i = 0; i < count; i++) {
                measObjectToAddMod(in);
            }
        }
        if (present[2]) {
            identityList(in, MAX_REPORT_CONFIG_ID, MAX_REPORT_CONFIG_ID); // reportConfigToRemoveList
        }
        if (present[3]) {
            int count = in.length(1, MAX_REPORT_CONFIG_ID);
            for (int i = 0; i < count; i++) {
                reportConfigToAddMod(in);
            }
        }
        if (present[4]) {
            identityList(in, MAX_MEAS_ID, MAX_MEAS_ID); // measIdToRemoveList
        }
        if (present[5]) {
            int count = in.length(1, MAX_MEAS_ID);
            for (int i = 0; i < count; i++) {
                in.constrainedInt(1, MAX_MEAS_ID);
                in.constrainedInt(1, MAX_OBJECT_ID);
                in.constrainedInt(1, MAX_REPORT_CONFIG_ID);
            }
        }
        if (present[6]) {
            quantityConfig(in);
        }
        if (present[7]) {
            measGapConfig(in);
        }
        if (present[8]) {
            in.constrainedInt(0, 97); // s-Measure, RSRP-Range
        }
        if (present[9]) {
            preRegistrationInfoHrpd(in);
        }
        if (present[10] && in.choice(2, false) == 1) { // speedStatePars: release NULL | setup
            in.constrainedInt(0, 7); // t-Evaluation
            in.constrainedInt(0, 7); // t-HystNormal
            in.constrainedInt(1, 16); // n-CellChangeMedium
            in.constrainedInt(1, 16); // n-CellChangeHigh
            in.constrainedInt(0, 3); // sf-Medium
            in.constrainedInt(0, 3); // sf-High
        }
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
    }

    /** A SEQUENCE (SIZE (1..maxEntries)) OF INTEGER (1..maxValue). */
    private static void identityList(PerReader in, int maxEntries, int maxValue) {
        int count = in.length(1, maxEntries);
        for (int i = 0; i < count; i++) {
            in.constrainedInt(1, maxValue);
        }
    }

    private static void measObjectToAddMod(PerReader in) {
        in.constrainedInt(1, MAX_OBJECT_ID);
        switch (DedicatedPer.choice(in, 4)) {
            case 0 -> measObjectEutra(in);
            case 1 -> measObjectUtra(in);
            case 2 -> measObjectGeran(in);
            case 3 -> measObjectCdma2000(in);
            default -> in.skipOpenType(); // measObjectWLAN-r13, measObjectNR-r15, ...
        }
    }

    private static void measObjectEutra(PerReader in) {
        boolean extended = in.extensionBit();
        // offsetFreq (DEFAULT), cellsToRemoveList, cellsToAddModList, blackCellsToRemoveList,
        // blackCellsToAddModList, cellForWhichToReportCGI
        boolean[] present = in.optionals(6);
        in.constrainedInt(0, DedicatedPer.MAX_EARFCN); // carrierFreq
        in.constrainedInt(0, 5); // allowedMeasBandwidth
        in.bit(); // presenceAntennaPort1
        in.bits(2); // neighCellConfig
        if (present[0]) {
            in.constrainedInt(0, 30); // Q-OffsetRange
        }
        if (present[1]) {
            identityList(in, MAX_CELL_MEAS, MAX_CELL_MEAS);
        }
        if (present[2]) {
            int count = in.length(1, MAX_CELL_MEAS);
            for (int i = 0; i < count; i++) {
                in.constrainedInt(1, MAX_CELL_MEAS);
                in.constrainedInt(0, PHYS_CELL_ID_MAX);
                in.constrainedInt(0, 30); // cellIndividualOffset
            }
        }
        if (present[3]) {
            identityList(in, MAX_CELL_MEAS, MAX_CELL_MEAS);
        }
        if (present[4]) {
            int count = in.length(1, MAX_CELL_MEAS);
            for (int i = 0; i < count; i++) {
                in.constrainedInt(1, MAX_CELL_MEAS);
                physCellIdRange(in);
            }
        }
        if (present[5]) {
            in.constrainedInt(0, PHYS_CELL_ID_MAX);
        }
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
    }

    private static void physCellIdRange(PerReader in) {
        boolean rangePresent = in.optionals(1)[0];
        in.constrainedInt(0, PHYS_CELL_ID_MAX);
        if (rangePresent) {
            in.constrainedInt(0, 15);
        }
    }

    private static void measObjectUtra(PerReader in) {
        boolean extended = in.extensionBit();
        // offsetFreq (DEFAULT), cellsToRemoveList, cellsToAddModList, cellForWhichToReportCGI
        boolean[] present = in.optionals(4);
        in.constrainedInt(0, 16383); // carrierFreq
        if (present[0]) {
            in.constrainedInt(-15, 15); // Q-OffsetRangeInterRAT
        }
        if (present[1]) {
            identityList(in, MAX_CELL_MEAS, MAX_CELL_MEAS);
        }
        if (present[2]) {
            int maxPhysCellId = in.choice(2, false) == 0 ? 511 : 127; // FDD scrambling code | TDD cell parameter id
            int count = in.length(1, MAX_CELL_MEAS);
            for (int i = 0; i < count; i++) {
                in.constrainedInt(1, MAX_CELL_MEAS);
                in.constrainedInt(0, maxPhysCellId);
            }
        }
        if (present[3]) {
            in.constrainedInt(0, in.choice(2, false) == 0 ? 511 : 127);
        }
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
    }

    private static void measObjectGeran(PerReader in) {
        boolean extended = in.extensionBit();
        boolean[] present = in.optionals(3); // offsetFreq (DEFAULT), ncc-Permitted (DEFAULT), cellForWhichToReportCGI
        GeranArfcnSet.read(in);
        if (present[0]) {
            in.constrainedInt(-15, 15);
        }
        if (present[1]) {
            in.bits(8);
        }
        if (present[2]) {
            in.bits(6); // PhysCellIdGERAN: networkColourCode, baseStationColourCode
        }
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
    }

    private static void measObjectCdma2000(PerReader in) {
        boolean extended = in.extensionBit();
        // searchWindowSize, offsetFreq (DEFAULT), cellsToRemoveList, cellsToAddModList, cellForWhichToReportCGI
        boolean[] present = in.optionals(5);
        in.constrainedInt(0, 1); // cdma2000-Type
        DedicatedPer.enumerated(in, DedicatedNames.BAND_CLASS_ROOT);
        in.constrainedInt(0, 2047);
        if (present[0]) {
            in.constrainedInt(0, 15);
        }
        if (present[1]) {
            in.constrainedInt(-15, 15);
        }
        if (present[2]) {
            identityList(in, MAX_CELL_MEAS, MAX_CELL_MEAS);
        }
        if (present[3]) {
            int count = in.length(1, MAX_CELL_MEAS);
            for (int i = 0; i < count; i++) {
                in.constrainedInt(1, MAX_CELL_MEAS);
                in.constrainedInt(0, 511); // PhysCellIdCDMA2000, 0..maxPNOffset
            }
        }
        if (present[4]) {
            in.constrainedInt(0, 511);
        }
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
    }

    private static void reportConfigToAddMod(PerReader in) {
        in.constrainedInt(1, MAX_REPORT_CONFIG_ID);
        if (in.choice(2, false) == 0) {
            reportConfigEutra(in);
        } else {
            reportConfigInterRat(in);
        }
    }

    private static void reportConfigEutra(PerReader in) {
        boolean extended = in.extensionBit();
        if (in.choice(2, false) == 0) { // triggerType event
            switch (DedicatedPer.choice(in, 5)) {
                case 0, 1, 3 -> thresholdEutra(in); // eventA1, A2, A4
                case 2 -> { // eventA3: a3-Offset, reportOnLeave
                    in.constrainedInt(-30, 30);
                    in.bit();
                }
                case 4 -> { // eventA5
                    thresholdEutra(in);
                    thresholdEutra(in);
                }
                default -> in.skipOpenType(); // eventA6-r10, eventC1-r12, ...
            }
            in.constrainedInt(0, 30); // hysteresis
            in.constrainedInt(0, 15); // timeToTrigger
        } else {
            in.constrainedInt(0, 1); // periodical purpose
        }
        in.constrainedInt(0, 1); // triggerQuantity
        in.constrainedInt(0, 1); // reportQuantity
        in.constrainedInt(1, MAX_CELL_REPORT);
        in.constrainedInt(0, 15); // reportInterval
        in.constrainedInt(0, 7); // reportAmount
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
    }

    private static void thresholdEutra(PerReader in) {
        if (in.choice(2, false) == 0) {
            in.constrainedInt(0, 97); // RSRP-Range
        } else {
            in.constrainedInt(0, 34); // RSRQ-Range
        }
    }

    private static void reportConfigInterRat(PerReader in) {
        boolean extended = in.extensionBit();
        if (in.choice(2, false) == 0) { // triggerType event
            switch (DedicatedPer.choice(in, 2)) {
                case 0 -> interRatThreshold(in); // eventB1
                case 1 -> { // eventB2
                    thresholdEutra(in);
                    interRatThreshold(in);
                }
                default -> in.skipOpenType(); // eventW1-r13, ..., eventB1-NR-r15, eventB2-NR-r15
            }
            in.constrainedInt(0, 30);
            in.constrainedInt(0, 15);
        } else {
            in.constrainedInt(0, 2); // periodical purpose
        }
        in.constrainedInt(1, MAX_CELL_REPORT);
        in.constrainedInt(0, 15);
        in.constrainedInt(0, 7);
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
    }

    private static void interRatThreshold(PerReader in) {
        switch (in.choice(3, false)) {
            case 0 -> { // ThresholdUTRA
                if (in.choice(2, false) == 0) {
                    in.constrainedInt(-5, 91); // utra-RSCP
                } else {
                    in.constrainedInt(0, 49); // utra-EcN0
                }
            }
            default -> in.constrainedInt(0, 63); // ThresholdGERAN, ThresholdCDMA2000
        }
    }

    private static void quantityConfig(PerReader in) {
        boolean extended = in.extensionBit();
        boolean[] present = in.optionals(4);
        if (present[0]) { // QuantityConfigEUTRA: two DEFAULT filter coefficients
            boolean[] filters = in.optionals(2);
            for (boolean filter : filters) {
                if (filter) {
                    filterCoefficient(in);
                }
            }
        }
        if (present[1]) { // QuantityConfigUTRA
            boolean filter = in.optionals(1)[0];
            in.constrainedInt(0, 1); // measQuantityUTRA-FDD; measQuantityUTRA-TDD has one value, no bits
            if (filter) {
                filterCoefficient(in);
            }
        }
        if (present[2]) { // QuantityConfigGERAN: measQuantityGERAN has one value, no bits
            if (in.optionals(1)[0]) {
                filterCoefficient(in);
            }
        }
        if (present[3]) {
            in.constrainedInt(0, 1); // measQuantityCDMA2000
        }
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
    }

    private static void filterCoefficient(PerReader in) {
        DedicatedPer.enumerated(in, 16);
    }

    private static void measGapConfig(PerReader in) {
        if (in.choice(2, false) == 0) {
            return; // release
        }
        switch (DedicatedPer.choice(in, 2)) {
            case 0 -> in.constrainedInt(0, 39); // gp0
            case 1 -> in.constrainedInt(0, 79); // gp1
            default -> in.skipOpenType(); // gp2-r14 ... gp11-r15
        }
    }

    private static void preRegistrationInfoHrpd(PerReader in) {
        boolean[] present = in.optionals(2);
        in.bit(); // preRegistrationAllowed
        if (present[0]) {
            in.constrainedInt(0, 255);
        }
        if (present[1]) {
            int count = in.length(1, 2);
            for (int i = 0; i < count; i++) {
                in.constrainedInt(0, 255);
            }
        }
    }
}
