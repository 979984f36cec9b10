package org.roguewatch.lte.rrc;

/**
 * Name tables of the dedicated channels (TS 36.331 6.2.1 message CHOICEs, 6.2.2 / 6.3 ENUMERATED
 * values), spelled as the ASN.1 and tshark spell them. Index = the CHOICE or ENUMERATED index.
 */
final class DedicatedNames {
    static final String PCCH = "PCCH";
    static final String DL_CCCH = "DL-CCCH";
    static final String DL_DCCH = "DL-DCCH";
    static final String UL_CCCH = "UL-CCCH";
    static final String UL_DCCH = "UL-DCCH";

    /** DL-DCCH-MessageType c1; index 13 is Rel-16's dlDedicatedMessageSegment-r16, 14 and 15 spares. */
    static final String[] DL_DCCH_C1 = {
        "CSFBParametersResponseCDMA2000", "DLInformationTransfer", "HandoverFromEUTRAPreparationRequest",
        "MobilityFromEUTRACommand", "RRCConnectionReconfiguration", "RRCConnectionRelease", "SecurityModeCommand",
        "UECapabilityEnquiry", "CounterCheck", "UEInformationRequest-r9", "LoggedMeasurementConfiguration-r10",
        "RNReconfiguration-r10", "RRCConnectionResume-r13", "DLDedicatedMessageSegment-r16", null, null};

    static final String[] DL_CCCH_C1 = {
        "RRCConnectionReestablishment", "RRCConnectionReestablishmentReject", "RRCConnectionReject",
        "RRCConnectionSetup"};

    /** DL-CCCH messageClassExtension c2: one message and three spares. */
    static final String[] DL_CCCH_C2 = {"RRCEarlyDataComplete-r15", null, null, null};

    static final String[] UL_CCCH_C1 = {"RRCConnectionReestablishmentRequest", "RRCConnectionRequest"};

    /** UL-CCCH messageClassExtensionFuture-r13 c3: one message and three spares. */
    static final String[] UL_CCCH_C3 = {"RRCEarlyDataRequest-r15", null, null, null};

    static final String[] UL_DCCH_C1 = {
        "CSFBParametersRequestCDMA2000", "MeasurementReport", "RRCConnectionReconfigurationComplete",
        "RRCConnectionReestablishmentComplete", "RRCConnectionSetupComplete", "SecurityModeComplete",
        "SecurityModeFailure", "UECapabilityInformation", "ULHandoverPreparationTransfer", "ULInformationTransfer",
        "CounterCheckResponse", "UEInformationResponse-r9", "ProximityIndication-r9", "RNReconfigurationComplete-r10",
        "MBMSCountingResponse-r10", "InterFreqRSTDMeasurementIndication-r10"};

    /** UL-DCCH messageClassExtension c2 (all sixteen defined by Rel-16). */
    static final String[] UL_DCCH_C2 = {
        "UEAssistanceInformation-r11", "InDeviceCoexIndication-r11", "MBMSInterestIndication-r11",
        "SCGFailureInformation-r12", "SidelinkUEInformation-r12", "WLANConnectionStatusReport-r13",
        "RRCConnectionResumeComplete-r13", "ULInformationTransferMRDC-r15", "SCGFailureInformationNR-r15",
        "MeasReportAppLayer-r15", "FailureInformation-r15", "ULDedicatedMessageSegment-r16",
        "PURConfigurationRequest-r16", "FailureInformation-r16", "MCGFailureInformation-r16",
        "ULInformationTransferIRAT-r16"};

    static final String[] RELEASE_CAUSES = {
        "loadBalancingTAUrequired", "other", "cs-FallbackHighPriority-v1020", "rrc-Suspend-v1320"};

    static final String[] ESTABLISHMENT_CAUSES = {
        "emergency", "highPriorityAccess", "mt-Access", "mo-Signalling", "mo-Data", "delayTolerantAccess-v1020",
        "mo-VoiceCall-v1280", "spare1"};

    static final String[] CN_DOMAINS = {"ps", "cs"};

    /** T320 minutes; the spare value is −1. */
    static final int[] T320_MINUTES = {5, 10, 20, 30, 60, 120, 180, -1};

    /** BandclassCDMA2000: 32 root values (bc0..bc21, 10 spares), extensible. */
    static final int BAND_CLASS_ROOT = 32;

    private DedicatedNames() {
    }

    static String bandClass(int index) {
        if (index <= 17) {
            return "bc" + index;
        }
        if (index <= 21) {
            return "bc" + index + "-v9a0";
        }
        if (index < BAND_CLASS_ROOT) {
            return "spare" + (BAND_CLASS_ROOT - index);
        }
        return "extension-" + (index - BAND_CLASS_ROOT);
    }

    static int bandClassIndex(String name) {
        for (int i = 0; i < BAND_CLASS_ROOT; i++) {
            if (bandClass(i).equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown CDMA2000 band class " + name);
    }

    static int indexOf(String[] names, String name, String what) {
        for (int i = 0; i < names.length; i++) {
            if (name.equals(names[i])) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " " + name);
    }

    static int t320Index(int minutes) {
        for (int i = 0; i < T320_MINUTES.length; i++) {
            if (T320_MINUTES[i] == minutes) {
                return i;
            }
        }
        throw new IllegalArgumentException("T320 of " + minutes + " min is not 5, 10, 20, 30, 60, 120 or 180");
    }
}
