package org.roguewatch.lte.rrc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.roguewatch.lte.per.PerWriter;

/**
 * BCCH-DL-SCH messages written bit by bit with the PER writer, for what the production encoder does
 * not write: every OPTIONAL field of SIB2's radioResourceConfigCommon, MBSFN subframes, extension
 * additions, non-critical extensions, TDD-Config, SIB8..SIB11 and extension SIBs. Each SI message
 * ends with a SIB written by the encoder, which the decoder only finds if it read every bit before.
 * tshark decodes the same frames (make-fixtures.sh) and must report no error.
 */
final class StructuralFrames {
    private StructuralFrames() {
    }

    /** SIB2 with every optional part present, UE-Timers at their far values and three extension additions. */
    static final Sib2 SIB2_EVERYTHING = new Sib2(
            new AcBarringInfo(true, new AcBarringConfig(50, 16, 0b10101), new AcBarringConfig(95, 512, 0b11111)),
            new UeTimersAndConstants(100, 1000, 2000, 20, 30000, 10), 65535, 6, 32, 500, 256, "oneThirtySecondT");

    static final SystemInformationBlockType1 SIB1_EXTENDED = new SystemInformationBlockType1(
            List.of(new PlmnIdentity("001", "01", false)), 1, 1, false, true, false, null, -70, 8, 33, 38,
            List.of(new SchedulingInfo(8, List.of(3, SibTypes.SIB26A))), 40, 31);

    static byte[] sib2EverythingThenSib3() {
        return systemInformation(root(2, StructuralFrames::sib2Everything), encoded(BroadcastSamples.labSib3()));
    }

    static byte[] sib8ThenSib3() {
        return systemInformation(root(8, StructuralFrames::sib8), encoded(BroadcastSamples.minimalSib3()));
    }

    static byte[] sib9To11ThenSib3() {
        return systemInformation(root(9, StructuralFrames::sib9), root(10, StructuralFrames::sib10),
                root(11, StructuralFrames::sib11), encoded(BroadcastSamples.fullSib3()));
    }

    /** sib12-v920 (extension alternative 0), then an alternative no release defines yet (index 35). */
    static byte[] extensionSibsThenSib3() {
        return systemInformation(extension(0, sib12()), extension(35, new byte[] {1, 2, 3}),
                encoded(BroadcastSamples.labSib3()));
    }

    static byte[] sib1Extended() {
        PerWriter out = new PerWriter();
        out.bit(false).bit(true); // c1, systemInformationBlockType1
        bits(out, 1, 1, 1); // p-Max, tdd-Config, nonCriticalExtension
        out.bit(false); // csg-Identity
        out.constrained(1, 1, 6);
        out.bit(true);
        digits(out, 0, 0, 1);
        out.constrained(2, 2, 3);
        digits(out, 0, 1);
        out.constrained(1, 0, 1); // notReserved
        out.bits(1, 16).bits(1, 28);
        out.constrained(1, 0, 1).constrained(0, 0, 1).bit(false); // notBarred, allowed, csg-Indication
        out.bit(true).constrained(-70, -70, -22).constrained(8, 1, 8); // cellSelectionInfo with q-RxLevMinOffset
        out.constrained(33, -30, 33);
        out.constrained(38, 1, 64);
        out.constrained(1, 1, 32).constrained(0, 0, 6).constrained(2, 0, 31); // one SI, rf8, two SIBs
        out.enumerated(0, 16, true).enumerated(16 + 6, 16, true); // sibType3, sibType26a-v1610
        out.constrained(6, 0, 6).constrained(8, 0, 8); // TDD-Config sa6, ssp8
        out.constrained(6, 0, 6).constrained(31, 0, 31); // si-WindowLength ms40, systemInfoValueTag
        bits(out, 1, 1); // v890: lateNonCriticalExtension, nonCriticalExtension
        PerWriter v8h0 = new PerWriter();
        bits(v8h0, 1, 0); // multiBandInfoList, nonCriticalExtension
        v8h0.constrained(2, 1, 8).constrained(33, 1, 64).constrained(39, 1, 64);
        out.octets(v8h0.toBytes());
        bits(out, 1, 1, 1); // v920: ims-EmergencySupport-r9 (no bits), cellSelectionInfo-v920, nonCriticalExtension
        out.bit(true).constrained(-20, -34, -3).constrained(2, 1, 8);
        bits(out, 0, 1, 1); // v1130: tdd-Config-v1130, cellSelectionInfo-v1130, nonCriticalExtension
        out.constrained(-34, -34, -3);
        bits(out, 1, 1, 0); // v1250: cellSelectionInfo-v1250, freqBandIndicatorPriority-r12, nonCriticalExtension
        out.bit(true); // cellAccessRelatedInfo-v1250: category0Allowed-r12
        out.constrained(-3, -34, -3);
        return out.toBytes();
    }

    private static void sib2Everything(PerWriter out) {
        out.bit(true); // extension additions follow the root
        bits(out, 1, 1); // ac-BarringInfo, mbsfn-SubframeConfigList
        bits(out, 1, 1, 1); // MO-Signalling, MO-Data, ac-BarringForEmergency
        acBarringConfig(out, 8, 2, 0b10101);
        acBarringConfig(out, 15, 7, 0b11111);
        out.bit(false); // RadioResourceConfigCommonSIB extension bit
        out.bit(false).bit(true).constrained(15, 0, 15); // RACH: extension, preamblesGroupAConfig, n64
        out.bit(false).constrained(7, 0, 14).constrained(1, 0, 3).constrained(0, 0, 7); // group A: n32, b144, -inf
        out.constrained(2, 0, 3).constrained(15, 0, 15); // dB4, dBm-90
        out.constrained(10, 0, 10).constrained(0, 0, 7).constrained(0, 0, 7).constrained(8, 1, 8);
        out.constrained(0, 0, 3); // modificationPeriodCoeff n2
        out.constrained(3, 0, 3).constrained(7, 0, 7); // rf256, oneThirtySecondT
        out.constrained(837, 0, 837).constrained(63, 0, 63).bit(true).constrained(15, 0, 15).constrained(94, 0, 94);
        out.constrained(-60, -60, 50).constrained(3, 0, 3);
        out.constrained(4, 1, 4).constrained(1, 0, 1).constrained(98, 0, 98).bit(false);
        out.bit(true).constrained(29, 0, 29).bit(true).constrained(7, 0, 7);
        out.constrained(2, 0, 2).constrained(98, 0, 98).constrained(7, 0, 7).constrained(2047, 0, 2047);
        out.bit(true).bit(true).constrained(7, 0, 7).constrained(15, 0, 15).bit(true); // SRS setup with srs-MaxUpPts
        out.constrained(24, -126, 24).constrained(7, 0, 7).constrained(-96, -127, -96);
        out.constrained(2, 0, 2).constrained(2, 0, 2).constrained(3, 0, 3).constrained(2, 0, 2).constrained(2, 0, 2);
        out.constrained(-1, -1, 6);
        out.constrained(1, 0, 1); // len2
        out.bit(false); // UE-TimersAndConstants extension bit
        out.constrained(0, 0, 7).constrained(5, 0, 7).constrained(6, 0, 6).constrained(7, 0, 7)
                .constrained(6, 0, 6).constrained(7, 0, 7);
        bits(out, 1, 1);
        out.constrained(65535, 0, 65535).constrained(0, 0, 5).constrained(32, 1, 32);
        out.constrained(2, 1, 8); // two MBSFN subframe configs
        out.constrained(5, 0, 5).constrained(7, 0, 7).bit(false).bits(0b101010, 6);
        out.constrained(0, 0, 5).constrained(0, 0, 7).bit(true).bits(0xabcdef, 24);
        out.constrained(0, 0, 7); // timeAlignmentTimerCommon sf500
        // extension additions: lateNonCriticalExtension, [[ssac-Barring…-r9]], [[ac-BarringForCSFB-r10]]
        out.normallySmall(3 - 1);
        bits(out, 1, 1, 1);
        PerWriter v8h0 = new PerWriter().bits(0, 2); // multiBandInfoList, nonCriticalExtension absent
        out.openType(new PerWriter().octets(v8h0.toBytes()).toBytes());
        PerWriter ssac = new PerWriter();
        bits(ssac, 1, 0);
        acBarringConfig(ssac, 4, 1, 0);
        out.openType(ssac.toBytes());
        PerWriter csfb = new PerWriter().bit(true);
        acBarringConfig(csfb, 0, 0, 0b00001);
        out.openType(csfb.toBytes());
    }

    private static void acBarringConfig(PerWriter out, int factor, int time, int special) {
        out.constrained(factor, 0, 15).constrained(time, 0, 7).bits(special, 5);
    }

    private static void sib8(PerWriter out) {
        out.bit(true); // extension additions follow
        bits(out, 1, 1, 1, 1);
        out.bit(true).bit(true).bits(0x1_2345_6789_abcdL & ((1L << 49) - 1), 49); // asynchronousSystemTime
        out.constrained(15, 0, 15);
        out.bit(true); // parametersHRPD with cellReselectionParametersHRPD
        bits(out, 1, 1, 1); // zone id, secondary list, preRegistrationAllowed
        out.constrained(200, 0, 255).constrained(2, 1, 2).constrained(1, 0, 255).constrained(255, 0, 255);
        out.bit(true); // t-ReselectionCDMA2000-SF
        out.constrained(2, 1, 32);
        out.bit(false).bit(true).bit(false).constrained(1, 0, 31).constrained(5, 0, 7)
                .constrained(63, 0, 63).constrained(0, 0, 63);
        out.bit(false).bit(false).bit(false).constrained(21, 0, 31).constrained(10, 0, 63).constrained(20, 0, 63);
        out.constrained(1, 1, 16).bit(false).constrained(1, 0, 31); // one neighbour band class, bc1
        out.constrained(2, 1, 16);
        out.constrained(2047, 0, 2047).constrained(3, 1, 16).constrained(0, 0, 511).constrained(511, 0, 511)
                .constrained(100, 0, 511);
        out.constrained(0, 0, 2047).constrained(1, 1, 16).constrained(7, 0, 511);
        out.constrained(7, 0, 7).bits(0b1111, 4);
        bits(out, 1, 1, 1); // parameters1XRTT: csfb-RegistrationParam1XRTT, longCodeState1XRTT, reselection
        out.bits(0x7abc, 15).bits(0x1234, 16).bits(0b1010101, 7).bits(0x55, 7).bits(0xfff, 12).bits(5, 3).bits(2, 3);
        out.bits(0x3ff_ffff_fffL & ((1L << 42) - 1), 42);
        out.bit(false).constrained(1, 1, 32).bit(false).bit(false).bit(false).constrained(0, 0, 31)
                .constrained(1, 0, 63).constrained(2, 0, 63);
        out.constrained(1, 1, 16).bit(false).constrained(0, 0, 31).constrained(1, 1, 16)
                .constrained(100, 0, 2047).constrained(1, 1, 16).constrained(300, 0, 511);
        out.constrained(0, 0, 7);
        // extension additions: no lateNonCriticalExtension; [[csfb-SupportForDualRxUEs-r9 TRUE, …]]
        out.normallySmall(2 - 1);
        bits(out, 0, 1);
        out.openType(new PerWriter().bits(0b10000, 5).bit(true).toBytes());
    }

    private static void sib9(PerWriter out) {
        out.bit(false).bit(true);
        out.octets("RogueWatch".getBytes(StandardCharsets.US_ASCII), 1, 48);
    }

    private static void sib10(PerWriter out) {
        out.bit(false).bit(true);
        out.bits(0x1100, 16).bits(0x3001, 16).bits(0x0580, 16);
        byte[] dummy = new byte[50];
        Arrays.fill(dummy, (byte) 0x5a);
        out.octets(dummy, 50, 50);
    }

    private static void sib11(PerWriter out) {
        out.bit(true).bit(true);
        out.bits(0x1112, 16).bits(0x4002, 16).constrained(1, 0, 1).constrained(0, 0, 63);
        out.octets("Test warning".getBytes(StandardCharsets.US_ASCII));
        out.bits(0x0f, 8);
        out.normallySmall(0).bit(true); // one extension addition: lateNonCriticalExtension
        out.openType(new PerWriter().octets(new byte[] {(byte) 0xde, (byte) 0xad}).toBytes());
    }

    /** SystemInformationBlockType12-r9, the value of the sib12-v920 open type. */
    private static byte[] sib12() {
        PerWriter out = new PerWriter().bit(false);
        bits(out, 1, 0); // dataCodingScheme-r9, lateNonCriticalExtension
        out.bits(0x1112, 16).bits(0x4003, 16).constrained(1, 0, 1).constrained(2, 0, 63);
        out.octets("CMAS".getBytes(StandardCharsets.US_ASCII));
        out.bits(0x01, 8);
        return out.toBytes();
    }

    @SafeVarargs
    static byte[] systemInformation(Consumer<PerWriter>... sibs) {
        PerWriter out = new PerWriter();
        out.bit(false).bit(false).bit(false).bit(false); // c1, systemInformation, r8, no nonCriticalExtension
        out.constrained(sibs.length, 1, 32);
        for (Consumer<PerWriter> sib : sibs) {
            sib.accept(out);
        }
        return out.toBytes();
    }

    static Consumer<PerWriter> root(int type, Consumer<PerWriter> body) {
        return out -> {
            out.choice(type - 2, 10, true);
            body.accept(out);
        };
    }

    static Consumer<PerWriter> extension(int index, byte[] value) {
        return out -> out.bit(true).normallySmall(index).openType(value);
    }

    /** A SIB as the production encoder writes it. */
    static Consumer<PerWriter> encoded(Sib3 sib3) {
        return root(3, out -> ReselectionSibWriter.sib3(out, sib3));
    }

    private static void bits(PerWriter out, int... bits) {
        for (int bit : bits) {
            out.bit(bit != 0);
        }
    }

    private static void digits(PerWriter out, int... digits) {
        for (int digit : digits) {
            out.constrained(digit, 0, 9);
        }
    }
}
