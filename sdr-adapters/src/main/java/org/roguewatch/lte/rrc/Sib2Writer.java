package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.SibIeWriter.enumerated;

import org.roguewatch.lte.per.PerWriter;

/**
 * Writes SystemInformationBlockType2 (TS 36.331 6.3.1). The record keeps only the paging part of
 * radioResourceConfigCommon, so the rest is written as a typical cell's: the values the srsENB lab
 * cell of the LTESniffer capture broadcasts (srsRAN defaults) —
 * <ul>
 *   <li>RACH: numberOfRA-Preambles n52, no group A config, powerRampingStep dB6,
 *       preambleInitialReceivedTargetPower dBm-104, preambleTransMax n10, ra-ResponseWindowSize sf10,
 *       mac-ContentionResolutionTimer sf64, maxHARQ-Msg3Tx 4;</li>
 *   <li>BCCH modificationPeriodCoeff n16;</li>
 *   <li>PRACH rootSequenceIndex 128, prach-ConfigIndex 3, highSpeedFlag false,
 *       zeroCorrelationZoneConfig 5, prach-FreqOffset 4;</li>
 *   <li>PDSCH referenceSignalPower 0 dBm, p-b 1;</li>
 *   <li>PUSCH n-SB 1, interSubFrame hopping, pusch-HoppingOffset 2, enable64QAM, no group or
 *       sequence hopping, groupAssignmentPUSCH 0, cyclicShift 0;</li>
 *   <li>PUCCH deltaPUCCH-Shift ds1, nRB-CQI 1, nCS-AN 0, n1PUCCH-AN 12;</li>
 *   <li>sounding RS released;</li>
 *   <li>uplink power p0-NominalPUSCH -85 dBm, alpha 0.7, p0-NominalPUCCH -107 dBm, deltaF-PUCCH
 *       formats 1/1b/2/2a/2b deltaF0/deltaF3/deltaF1/deltaF2/deltaF2, deltaPreambleMsg3 12 dB;</li>
 *   <li>normal cyclic prefix (len1); no MBSFN subframes.</li>
 * </ul>
 */
final class Sib2Writer {
    private Sib2Writer() {
    }

    static void write(PerWriter out, Sib2 sib2) {
        SibIeWriter.noExtensions(out);
        SibIeWriter.optionals(out, sib2.acBarring() != null, false); // ac-BarringInfo, mbsfn-SubframeConfigList
        if (sib2.acBarring() != null) {
            acBarringInfo(out, sib2.acBarring());
        }
        typicalRadioResourceConfigCommon(out, sib2);
        ueTimersAndConstants(out, sib2.timers());
        SibIeWriter.optionals(out, sib2.ulCarrierFreq() != null, sib2.ulBandwidthRb() != null);
        if (sib2.ulCarrierFreq() != null) {
            SibIeWriter.earfcn(out, sib2.ulCarrierFreq());
        }
        if (sib2.ulBandwidthRb() != null) {
            enumerated(out, SibValueTables.BANDWIDTH_RB, sib2.ulBandwidthRb(), "ul-Bandwidth");
        }
        out.constrained(sib2.additionalSpectrumEmission(), 1, 32);
        enumerated(out, SibValueTables.TIME_ALIGNMENT_SF, sib2.timeAlignmentTimerCommonSf(),
                "timeAlignmentTimerCommon");
    }

    private static void acBarringInfo(PerWriter out, AcBarringInfo info) {
        SibIeWriter.optionals(out, info.moSignalling() != null, info.moData() != null);
        out.bit(info.forEmergency());
        if (info.moSignalling() != null) {
            acBarringConfig(out, info.moSignalling());
        }
        if (info.moData() != null) {
            acBarringConfig(out, info.moData());
        }
    }

    private static void acBarringConfig(PerWriter out, AcBarringConfig config) {
        enumerated(out, SibValueTables.AC_BARRING_FACTOR_PERCENT, config.factorPercent(), "ac-BarringFactor");
        enumerated(out, SibValueTables.AC_BARRING_TIME_S, config.timeSeconds(), "ac-BarringTime");
        out.bits(config.forSpecialAc(), 5);
    }

    private static void typicalRadioResourceConfigCommon(PerWriter out, Sib2 sib2) {
        SibIeWriter.noExtensions(out);
        // RACH-ConfigCommon
        SibIeWriter.noExtensions(out);
        out.bit(false); // preamblesGroupAConfig absent
        out.constrained(12, 0, 15); // numberOfRA-Preambles n52
        out.constrained(3, 0, 3); // powerRampingStep dB6
        out.constrained(8, 0, 15); // preambleInitialReceivedTargetPower dBm-104
        out.constrained(6, 0, 10); // preambleTransMax n10
        out.constrained(7, 0, 7); // ra-ResponseWindowSize sf10
        out.constrained(7, 0, 7); // mac-ContentionResolutionTimer sf64
        out.constrained(4, 1, 8); // maxHARQ-Msg3Tx
        out.constrained(3, 0, 3); // BCCH-Config modificationPeriodCoeff n16
        enumerated(out, SibValueTables.PAGING_CYCLE_RF, sib2.defaultPagingCycleRadioFrames(), "defaultPagingCycle");
        enumerated(out, SibValueTables.PAGING_NB, sib2.nB(), "nB");
        out.constrained(128, 0, 837); // rootSequenceIndex
        out.constrained(3, 0, 63); // prach-ConfigIndex
        out.bit(false); // highSpeedFlag
        out.constrained(5, 0, 15); // zeroCorrelationZoneConfig
        out.constrained(4, 0, 94); // prach-FreqOffset
        out.constrained(0, -60, 50); // referenceSignalPower
        out.constrained(1, 0, 3); // p-b
        out.constrained(1, 1, 4); // n-SB
        out.constrained(0, 0, 1); // hoppingMode interSubFrame
        out.constrained(2, 0, 98); // pusch-HoppingOffset
        out.bit(true); // enable64QAM
        out.bit(false); // groupHoppingEnabled
        out.constrained(0, 0, 29); // groupAssignmentPUSCH
        out.bit(false); // sequenceHoppingEnabled
        out.constrained(0, 0, 7); // cyclicShift
        out.constrained(0, 0, 2); // deltaPUCCH-Shift ds1
        out.constrained(1, 0, 98); // nRB-CQI
        out.constrained(0, 0, 7); // nCS-AN
        out.constrained(12, 0, 2047); // n1PUCCH-AN
        out.bit(false); // soundingRS-UL-ConfigCommon release
        out.constrained(-85, -126, 24); // p0-NominalPUSCH
        out.constrained(4, 0, 7); // alpha al07
        out.constrained(-107, -127, -96); // p0-NominalPUCCH
        out.constrained(1, 0, 2); // deltaF-PUCCH-Format1 deltaF0
        out.constrained(1, 0, 2); // deltaF-PUCCH-Format1b deltaF3
        out.constrained(2, 0, 3); // deltaF-PUCCH-Format2 deltaF1
        out.constrained(2, 0, 2); // deltaF-PUCCH-Format2a deltaF2
        out.constrained(2, 0, 2); // deltaF-PUCCH-Format2b deltaF2
        out.constrained(6, -1, 6); // deltaPreambleMsg3 (12 dB)
        out.constrained(0, 0, 1); // ul-CyclicPrefixLength len1
    }

    private static void ueTimersAndConstants(PerWriter out, UeTimersAndConstants timers) {
        SibIeWriter.noExtensions(out);
        enumerated(out, SibValueTables.T300_T301_MS, timers.t300Ms(), "t300");
        enumerated(out, SibValueTables.T300_T301_MS, timers.t301Ms(), "t301");
        enumerated(out, SibValueTables.T310_MS, timers.t310Ms(), "t310");
        enumerated(out, SibValueTables.N310, timers.n310(), "n310");
        enumerated(out, SibValueTables.T311_MS, timers.t311Ms(), "t311");
        enumerated(out, SibValueTables.N311, timers.n311(), "n311");
    }
}
