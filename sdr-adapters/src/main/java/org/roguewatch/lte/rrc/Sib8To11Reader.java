package org.roguewatch.lte.rrc;

import org.roguewatch.lte.per.PerReader;

/**
 * Reads SIB8 (CDMA2000 re-selection), SIB9 (home eNB name), SIB10 and SIB11 (ETWS warnings) of
 * TS 36.331 6.3.1 without keeping their fields. They are root alternatives of sib-TypeAndInfo, not
 * open types, so they have no length and must be read bit for bit for the SIBs after them to be found.
 */
final class Sib8To11Reader {
    private Sib8To11Reader() {
    }

    static OtherSib sib8(PerReader in) {
        boolean extended = in.extensionBit();
        // systemTimeInfo, searchWindowSize, parametersHRPD, parameters1XRTT
        boolean[] present = in.optionals(4);
        if (present[0]) {
            in.bit(); // SystemTimeInfoCDMA2000 cdma-EUTRA-Synchronisation
            in.skip(in.bit() ? 49 : 39); // cdma-SystemTime {synchronousSystemTime (39), asynchronousSystemTime (49)}
        }
        if (present[1]) {
            in.constrainedInt(0, 15); // searchWindowSize
        }
        if (present[2]) {
            boolean reselectionPresent = in.bit();
            skipPreRegistrationInfoHrpd(in);
            if (reselectionPresent) {
                skipCellReselectionParametersCdma2000(in);
            }
        }
        if (present[3]) {
            // csfb-RegistrationParam1XRTT, longCodeState1XRTT, cellReselectionParameters1XRTT
            boolean[] parameters = in.optionals(3);
            if (parameters[0]) {
                // CSFB-RegistrationParam1XRTT (6.3.4): sid 15, nid 16, seven BOOLEANs, registrationPeriod 7,
                // registrationZone 12, totalZone 3, zoneTimer 3
                in.skip(15 + 16 + 7 + 7 + 12 + 3 + 3);
            }
            if (parameters[1]) {
                in.skip(42); // longCodeState1XRTT BIT STRING (SIZE (42))
            }
            if (parameters[2]) {
                skipCellReselectionParametersCdma2000(in);
            }
        }
        // lateNonCriticalExtension, [[csfb-SupportForDualRxUEs-r9, …]], [[…-r10]], [[sib8-PerPLMN-List-r11]]
        SibIeReader.skipExtensionAdditions(in, extended);
        return new OtherSib(8);
    }

    /** PreRegistrationInfoHRPD (6.3.4). */
    private static void skipPreRegistrationInfoHrpd(PerReader in) {
        boolean[] present = in.optionals(2); // preRegistrationZoneId, secondaryPreRegistrationZoneIdList
        in.bit(); // preRegistrationAllowed
        if (present[0]) {
            in.constrainedInt(0, 255);
        }
        if (present[1]) {
            int zones = in.constrainedInt(1, 2);
            for (int i = 0; i < zones; i++) {
                in.constrainedInt(0, 255);
            }
        }
    }

    /** CellReselectionParametersCDMA2000 (6.3.1). */
    private static void skipCellReselectionParametersCdma2000(PerReader in) {
        boolean scaleFactorsPresent = in.bit(); // t-ReselectionCDMA2000-SF
        int bandClasses = in.constrainedInt(1, 32); // BandClassListCDMA2000 SIZE (1..maxCDMA-BandClass)
        for (int i = 0; i < bandClasses; i++) {
            boolean extended = in.extensionBit(); // BandClassInfoCDMA2000
            boolean priorityPresent = in.bit();
            skipBandclass(in);
            if (priorityPresent) {
                SibIeReader.priority(in);
            }
            in.constrainedInt(0, 63); // threshX-High
            in.constrainedInt(0, 63); // threshX-Low
            SibIeReader.skipExtensionAdditions(in, extended);
        }
        int neighbourBands = in.constrainedInt(1, 16); // NeighCellListCDMA2000
        for (int i = 0; i < neighbourBands; i++) {
            skipBandclass(in);
            int frequencies = in.constrainedInt(1, 16); // NeighCellsPerBandclassListCDMA2000
            for (int j = 0; j < frequencies; j++) {
                in.constrainedInt(0, 2047); // ARFCN-ValueCDMA2000
                int cells = in.constrainedInt(1, 16); // PhysCellIdListCDMA2000
                for (int k = 0; k < cells; k++) {
                    in.constrainedInt(0, 511); // PhysCellIdCDMA2000 (0..maxPNOffset)
                }
            }
        }
        SibIeReader.tReselection(in);
        if (scaleFactorsPresent) {
            SibIeReader.skipSpeedStateScaleFactors(in);
        }
    }

    /** BandclassCDMA2000: an extensible ENUMERATED of 32 root values (bc0 .. spare1). */
    private static void skipBandclass(PerReader in) {
        if (in.extensionBit()) {
            SibIeReader.extensionIndex(in);
        } else {
            in.constrainedInt(0, 31);
        }
    }

    static OtherSib sib9(PerReader in) {
        boolean extended = in.extensionBit();
        if (in.bit()) {
            in.skip(8L * in.length(1, 48)); // hnb-Name OCTET STRING (SIZE (1..48))
        }
        SibIeReader.skipExtensionAdditions(in, extended);
        return new OtherSib(9);
    }

    static OtherSib sib10(PerReader in) {
        boolean extended = in.extensionBit();
        boolean dummyPresent = in.bit();
        in.skip(16 + 16 + 16); // messageIdentifier, serialNumber, warningType OCTET STRING (SIZE (2))
        if (dummyPresent) {
            in.skip(8 * 50); // dummy (was warningSecurityInfo) OCTET STRING (SIZE (50))
        }
        SibIeReader.skipExtensionAdditions(in, extended);
        return new OtherSib(10);
    }

    static OtherSib sib11(PerReader in) {
        boolean extended = in.extensionBit();
        boolean dataCodingSchemePresent = in.bit();
        in.skip(16 + 16); // messageIdentifier, serialNumber
        in.constrainedInt(0, 1); // warningMessageSegmentType {notLastSegment, lastSegment}
        in.constrainedInt(0, 63); // warningMessageSegmentNumber
        in.skipOpenType(); // warningMessageSegment, an unconstrained OCTET STRING: length then octets
        if (dataCodingSchemePresent) {
            in.skip(8); // dataCodingScheme OCTET STRING (SIZE (1))
        }
        SibIeReader.skipExtensionAdditions(in, extended);
        return new OtherSib(11);
    }
}
