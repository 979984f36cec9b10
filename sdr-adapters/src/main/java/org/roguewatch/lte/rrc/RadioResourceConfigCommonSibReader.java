package org.roguewatch.lte.rrc;

import static org.roguewatch.lte.rrc.SibIeReader.enumerated;
import static org.roguewatch.lte.rrc.SibIeReader.skipExtensionAdditions;

import org.roguewatch.lte.per.PerReader;

/**
 * Reads SIB2's RadioResourceConfigCommonSIB (TS 36.331 6.3.2) field by field. A SystemInformation
 * message has no length before each SIB, so every bit of this must be accounted for or the SIBs
 * after SIB2 are lost; every range is checked, so a bit error shows as malformed rather than as a
 * shifted SIB3. Only the paging configuration is kept.
 */
final class RadioResourceConfigCommonSibReader {
    /** PCCH-Config: defaultPagingCycle in radio frames and nB as 36.331 names it. */
    record PcchConfig(int defaultPagingCycleRadioFrames, String nB) {
    }

    private RadioResourceConfigCommonSibReader() {
    }

    static PcchConfig read(PerReader in) {
        boolean extended = in.extensionBit();
        readRachConfigCommon(in);
        in.constrainedInt(0, 3); // BCCH-Config modificationPeriodCoeff {n2, n4, n8, n16}
        PcchConfig pcch = new PcchConfig(enumerated(in, SibValueTables.PAGING_CYCLE_RF),
                enumerated(in, SibValueTables.PAGING_NB));
        readPrachConfigSib(in);
        in.constrainedInt(-60, 50); // PDSCH-ConfigCommon referenceSignalPower
        in.constrainedInt(0, 3); // p-b
        readPuschConfigCommon(in);
        readPucchConfigCommon(in);
        readSoundingRsUlConfigCommon(in);
        readUplinkPowerControlCommon(in);
        in.constrainedInt(0, 1); // UL-CyclicPrefixLength {len1, len2}
        // [[uplinkPowerControlCommon-v1020]], [[rach-ConfigCommon-v1250]], [[pusch-ConfigCommon-v1270]], ...
        skipExtensionAdditions(in, extended);
        return pcch;
    }

    private static void readRachConfigCommon(PerReader in) {
        boolean extended = in.extensionBit();
        boolean groupAPresent = in.bit(); // preambleInfo's one OPTIONAL: preamblesGroupAConfig
        in.constrainedInt(0, 15); // numberOfRA-Preambles n4..n64
        if (groupAPresent) {
            boolean groupAExtended = in.extensionBit();
            in.constrainedInt(0, 14); // sizeOfRA-PreamblesGroupA n4..n60
            in.constrainedInt(0, 3); // messageSizeGroupA {b56, b144, b208, b256}
            in.constrainedInt(0, 7); // messagePowerOffsetGroupB minusinfinity..dB18
            skipExtensionAdditions(in, groupAExtended);
        }
        in.constrainedInt(0, 3); // PowerRampingParameters powerRampingStep dB0..dB6
        in.constrainedInt(0, 15); // preambleInitialReceivedTargetPower dBm-120..dBm-90
        in.constrainedInt(0, 10); // ra-SupervisionInfo preambleTransMax n3..n200
        in.constrainedInt(0, 7); // ra-ResponseWindowSize sf2..sf10
        in.constrainedInt(0, 7); // mac-ContentionResolutionTimer sf8..sf64
        in.constrainedInt(1, 8); // maxHARQ-Msg3Tx
        skipExtensionAdditions(in, extended);
    }

    private static void readPrachConfigSib(PerReader in) {
        in.constrainedInt(0, 837); // rootSequenceIndex
        in.constrainedInt(0, 63); // PRACH-ConfigInfo prach-ConfigIndex
        in.bit(); // highSpeedFlag
        in.constrainedInt(0, 15); // zeroCorrelationZoneConfig
        in.constrainedInt(0, 94); // prach-FreqOffset
    }

    private static void readPuschConfigCommon(PerReader in) {
        in.constrainedInt(1, 4); // pusch-ConfigBasic n-SB
        in.constrainedInt(0, 1); // hoppingMode {interSubFrame, intraAndInterSubFrame}
        in.constrainedInt(0, 98); // pusch-HoppingOffset
        in.bit(); // enable64QAM
        in.bit(); // UL-ReferenceSignalsPUSCH groupHoppingEnabled
        in.constrainedInt(0, 29); // groupAssignmentPUSCH
        in.bit(); // sequenceHoppingEnabled
        in.constrainedInt(0, 7); // cyclicShift
    }

    private static void readPucchConfigCommon(PerReader in) {
        in.constrainedInt(0, 2); // deltaPUCCH-Shift {ds1, ds2, ds3}
        in.constrainedInt(0, 98); // nRB-CQI
        in.constrainedInt(0, 7); // nCS-AN
        in.constrainedInt(0, 2047); // n1PUCCH-AN
    }

    /** SoundingRS-UL-ConfigCommon ::= CHOICE {release NULL, setup SEQUENCE {...}}. */
    private static void readSoundingRsUlConfigCommon(PerReader in) {
        if (!in.bit()) {
            return;
        }
        // the OPTIONAL bit of srs-MaxUpPts, an ENUMERATED {true}: one value takes no bits, the bit says it all
        in.bit();
        in.constrainedInt(0, 7); // srs-BandwidthConfig bw0..bw7
        in.constrainedInt(0, 15); // srs-SubframeConfig sc0..sc15
        in.bit(); // ackNackSRS-SimultaneousTransmission
    }

    private static void readUplinkPowerControlCommon(PerReader in) {
        in.constrainedInt(-126, 24); // p0-NominalPUSCH
        in.constrainedInt(0, 7); // alpha al0..al1
        in.constrainedInt(-127, -96); // p0-NominalPUCCH
        in.constrainedInt(0, 2); // DeltaFList-PUCCH deltaF-PUCCH-Format1 {deltaF-2, deltaF0, deltaF2}
        in.constrainedInt(0, 2); // deltaF-PUCCH-Format1b {deltaF1, deltaF3, deltaF5}
        in.constrainedInt(0, 3); // deltaF-PUCCH-Format2 {deltaF-2, deltaF0, deltaF1, deltaF2}
        in.constrainedInt(0, 2); // deltaF-PUCCH-Format2a
        in.constrainedInt(0, 2); // deltaF-PUCCH-Format2b
        in.constrainedInt(-1, 6); // deltaPreambleMsg3
    }
}
