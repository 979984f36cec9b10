package org.roguewatch.lte.rrc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.roguewatch.lte.per.PerWriter;
import org.roguewatch.lte.rrc.PagingRecord.UeIdentityType;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo.Rat;

/**
 * The encoder output the tshark oracle checks (see
 * {@code src/test/tshark/rrc-dedicated/make-fixtures.sh}): one frame per case. Run as a program it
 * writes {@code id TAB gsmtap-sub-type TAB hex} lines; the script wraps each in a GSMTAP LTE_RRC
 * datagram with that sub-type. {@link DedicatedTsharkFixtureTest} re-encodes the same records and
 * compares with what tshark read.
 */
public final class DedicatedFixtureFrames {
    static final int DL_CCCH = 0;
    static final int DL_DCCH = 1;
    static final int UL_CCCH = 2;
    static final int UL_DCCH = 3;
    static final int PCCH = 6;

    /** One encoded message, the GSMTAP LTE_RRC sub-type it travels with and the record it means. */
    public record Frame(String id, int subType, DedicatedRrcMessage message, int transactionId, byte[] bytes) {
        Frame(String id, int subType, DedicatedRrcMessage message, byte[] bytes) {
            this(id, subType, message, 0, bytes);
        }
    }

    static final byte[] IDENTITY_REQUEST = {0x07, 0x55, 0x01};

    private DedicatedFixtureFrames() {
    }

    public static List<Frame> frames() {
        List<Frame> out = new ArrayList<>();
        paging(out);
        releases(out);
        securityModeCommands(out);
        rejects(out);
        nasCarriers(out);
        uplink(out);
        return out;
    }

    private static void paging(List<Frame> out) {
        add(out, "paging-s-tmsi", PCCH, new Paging(List.of(PagingRecord.sTmsi(0x1a, 0xcd5d47ecL, "ps")), false, false),
                LteDedicatedEncoder::paging);
        add(out, "paging-imsi-and-s-tmsi", PCCH, new Paging(List.of(PagingRecord.imsi("001010123456789", "cs"),
                PagingRecord.sTmsi(0, 0xffffffffL, "ps"), PagingRecord.imsi("901550000000001", "ps")), true, false),
                LteDedicatedEncoder::paging);
        add(out, "paging-short-and-long-imsi", PCCH, new Paging(List.of(PagingRecord.imsi("123456", "ps"),
                PagingRecord.imsi("987654321098765432109", "cs")), false, true), LteDedicatedEncoder::paging);
        add(out, "paging-no-records", PCCH, new Paging(List.of(), true, true), LteDedicatedEncoder::paging);
        List<PagingRecord> sixteen = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            sixteen.add(PagingRecord.sTmsi(i * 16, 0x01000000L * i + i, i % 2 == 0 ? "ps" : "cs"));
        }
        add(out, "paging-sixteen-records", PCCH, new Paging(sixteen, false, false), LteDedicatedEncoder::paging);
        add(out, "paging-rel15-identities", PCCH, new Paging(List.of(
                new PagingRecord(UeIdentityType.NG_5G_S_TMSI, -1, 0x123456789abcL, null, "ps"),
                new PagingRecord(UeIdentityType.I_RNTI, -1, 0xfedcba9876L, null, "cs")), false, false),
                LteDedicatedEncoder::paging);
    }

    private static void releases(List<Frame> out) {
        release(out, "release-other", new RrcConnectionRelease("other", null, null));
        release(out, "release-geran-explicit", new RrcConnectionRelease("other",
                RedirectedCarrierInfo.geran(List.of(20, 5, 100, 1023), "dcs1800"), null));
        release(out, "release-geran-equally-spaced", new RrcConnectionRelease("loadBalancingTAUrequired",
                RedirectedCarrierInfo.geran(List.of(1020, 1023, 2, 5, 8), "dcs1800"), null));
        release(out, "release-geran-bitmap", new RrcConnectionRelease("other",
                RedirectedCarrierInfo.geran(List.of(512, 513, 520, 600, 640), "pcs1900"), null));
        release(out, "release-geran-single", new RrcConnectionRelease("cs-FallbackHighPriority-v1020",
                RedirectedCarrierInfo.geran(List.of(725), "dcs1800"), null));
        release(out, "release-utra-fdd-priorities", new RrcConnectionRelease("other", RedirectedCarrierInfo.utraFdd(10700),
                new IdleModeMobilityControlInfo(List.of(), List.of(),
                        List.of(new FrequencyPriority(10700, 7), new FrequencyPriority(10562, 6)), List.of(), 180)));
        release(out, "release-eutra-priorities", new RrcConnectionRelease("other", RedirectedCarrierInfo.eutra(1300),
                new IdleModeMobilityControlInfo(List.of(new FrequencyPriority(1300, 7), new FrequencyPriority(3400, 1),
                        new FrequencyPriority(0, 0)), List.of(), List.of(), List.of(), 5)));
        release(out, "release-eutra-v9e0", new RrcConnectionRelease("other", RedirectedCarrierInfo.eutra(66436),
                new IdleModeMobilityControlInfo(List.of(new FrequencyPriority(1300, 3), new FrequencyPriority(262143, 5)),
                        List.of(), List.of(), List.of(), null)));
        release(out, "release-utra-tdd", new RrcConnectionRelease("other",
                new RedirectedCarrierInfo(Rat.UTRA_TDD, List.of(9504), null), null));
        release(out, "release-utra-tdd-r10-list", new RrcConnectionRelease("other",
                new RedirectedCarrierInfo(Rat.UTRA_TDD, List.of(9504, 9550, 10054), null), null));
        release(out, "release-cdma2000-hrpd", new RrcConnectionRelease("other",
                new RedirectedCarrierInfo(Rat.CDMA2000_HRPD, List.of(283), null, "bc0"),
                new IdleModeMobilityControlInfo(List.of(), List.of(), List.of(), List.of(),
                        List.of(new FrequencyPriority(0, 7), new FrequencyPriority(21, 2)),
                        List.of(new FrequencyPriority(1, 4)), 60)));
        release(out, "release-cdma2000-1xrtt", new RrcConnectionRelease("other",
                new RedirectedCarrierInfo(Rat.CDMA2000_1XRTT, List.of(2047), null, "bc15"), null));
        release(out, "release-nr", new RrcConnectionRelease("other",
                new RedirectedCarrierInfo(Rat.NR, List.of(632628), null), null));
        release(out, "release-downgrade-to-gsm", new RrcConnectionRelease("other",
                RedirectedCarrierInfo.geran(List.of(1, 3, 5, 7), "dcs1800"),
                new IdleModeMobilityControlInfo(List.of(new FrequencyPriority(1300, 0)),
                        List.of(new GeranPriority(List.of(1, 3, 5, 7), "dcs1800", 7),
                                new GeranPriority(List.of(600, 601, 700), "pcs1900", 6),
                                new GeranPriority(List.of(30, 10, 20), "dcs1800", 5)),
                        List.of(new FrequencyPriority(10700, 1)), List.of(new FrequencyPriority(9500, 2)), 30)));
        release(out, "release-rrc-suspend-t320-spare", new RrcConnectionRelease("rrc-Suspend-v1320", null,
                new IdleModeMobilityControlInfo(List.of(new FrequencyPriority(65535, 4)), List.of(), List.of(),
                        List.of(), -1)));
    }

    private static void release(List<Frame> out, String id, RrcConnectionRelease release) {
        add(out, id, DL_DCCH, release, LteDedicatedEncoder::rrcConnectionRelease);
    }

    private static void securityModeCommands(List<Frame> out) {
        int[][] algorithms = {{0, 2}, {2, 2}, {0, 0}, {3, 3}, {1, 1}, {0, 1}};
        for (int[] pair : algorithms) {
            RrcSecurityModeCommand command = new RrcSecurityModeCommand(pair[0], pair[1]);
            add(out, "smc-" + command.cipheringName() + "-" + command.integrityName(), DL_DCCH, command,
                    LteDedicatedEncoder::securityModeCommand);
        }
        RrcSecurityModeCommand spare = new RrcSecurityModeCommand(7, 4);
        out.add(new Frame("smc-spares-transaction-3", DL_DCCH, spare, 3, LteDedicatedEncoder.securityModeCommand(spare, 3)));
    }

    private static void rejects(List<Frame> out) {
        add(out, "reject-wait-1", DL_CCCH, new RrcConnectionReject(1), LteDedicatedEncoder::rrcConnectionReject);
        add(out, "reject-wait-16", DL_CCCH, new RrcConnectionReject(16), LteDedicatedEncoder::rrcConnectionReject);
        add(out, "reject-extended-wait", DL_CCCH, new RrcConnectionReject(10, 1800),
                LteDedicatedEncoder::rrcConnectionReject);
        out.add(new Frame("setup-minimal", DL_CCCH, new OtherRrcMessage("DL-CCCH", "RRCConnectionSetup"), 1,
                LteDedicatedEncoder.rrcConnectionSetup(1)));
    }

    private static void nasCarriers(List<Frame> out) {
        out.add(new Frame("dl-information-transfer", DL_DCCH, new DlInformationTransfer(IDENTITY_REQUEST), 2,
                LteDedicatedEncoder.dlInformationTransfer(IDENTITY_REQUEST, 2)));
        byte[] longNas = new byte[300];
        for (int i = 0; i < longNas.length; i++) {
            longNas[i] = (byte) (i * 7);
        }
        longNas[0] = 0x27;
        out.add(new Frame("dl-information-transfer-300-octets", DL_DCCH, new DlInformationTransfer(longNas),
                LteDedicatedEncoder.dlInformationTransfer(longNas, 0)));
        List<byte[]> nas = MeasConfigFixtures.NAS;
        RrcConnectionReconfiguration reconfiguration = new RrcConnectionReconfiguration(nas, true);
        out.add(new Frame("reconfiguration-nas-only", DL_DCCH, reconfiguration, 1,
                LteDedicatedEncoder.rrcConnectionReconfiguration(nas, 1)));
        out.add(new Frame("reconfiguration-measconfig-every-root-branch", DL_DCCH, reconfiguration, 2,
                MeasConfigFixtures.everyRootBranch()));
        out.add(new Frame("reconfiguration-measconfig-extensions", DL_DCCH, reconfiguration, 2,
                MeasConfigFixtures.extensions()));
        out.add(new Frame("reconfiguration-measconfig-gap-release", DL_DCCH, reconfiguration, 2,
                MeasConfigFixtures.gapRelease()));
    }

    private static void uplink(List<Frame> out) {
        RrcConnectionRequest sTmsi = new RrcConnectionRequest("s-TMSI", 0xcd5d47ecL, 0x1a, "mo-Signalling");
        out.add(new Frame("request-s-tmsi", UL_CCCH, sTmsi, LteDedicatedEncoder.rrcConnectionRequest(sTmsi)));
        RrcConnectionRequest random = new RrcConnectionRequest("randomValue", 0xfedcba9876L, -1, "mt-Access");
        out.add(new Frame("request-random", UL_CCCH, random, LteDedicatedEncoder.rrcConnectionRequest(random)));
        RrcConnectionRequest emergency = new RrcConnectionRequest("randomValue", 1, -1, "emergency");
        out.add(new Frame("request-emergency", UL_CCCH, emergency, LteDedicatedEncoder.rrcConnectionRequest(emergency)));
        byte[] serviceRequest = {(byte) 0xc7, 0x12, 0x34, 0x56};
        RrcConnectionSetupComplete complete = new RrcConnectionSetupComplete(1, serviceRequest);
        out.add(new Frame("setup-complete", UL_DCCH, complete, 2,
                LteDedicatedEncoder.rrcConnectionSetupComplete(complete, 2)));
        RrcConnectionSetupComplete registered = new RrcConnectionSetupComplete(2, serviceRequest);
        out.add(new Frame("setup-complete-registered-mme-mcc-mnc", UL_DCCH, registered,
                setupCompleteWithRegisteredMme(true, true, serviceRequest)));
        out.add(new Frame("setup-complete-registered-mme-mnc-only", UL_DCCH, registered,
                setupCompleteWithRegisteredMme(true, false, serviceRequest)));
        out.add(new Frame("setup-complete-registered-mme-no-plmn", UL_DCCH, registered,
                setupCompleteWithRegisteredMme(false, false, serviceRequest)));
        UlInformationTransfer transfer = new UlInformationTransfer(
                new byte[] {0x07, 0x56, 0x08, 0x09, 0x10, 0x10, 0x10, 0x32, 0x54, 0x76, (byte) 0x98});
        out.add(new Frame("ul-information-transfer", UL_DCCH, transfer,
                LteDedicatedEncoder.ulInformationTransfer(transfer.nasPdu())));
        out.add(new Frame("security-mode-complete", UL_DCCH, new RrcSecurityModeComplete(1),
                LteDedicatedEncoder.securityModeComplete(new RrcSecurityModeComplete(1))));
        out.add(new Frame("security-mode-failure", UL_DCCH, new RrcSecurityModeFailure(3),
                LteDedicatedEncoder.securityModeFailure(new RrcSecurityModeFailure(3))));
    }

    /**
     * RRCConnectionSetupComplete-r8 with registeredMME (TS 36.331 6.2.2), which our encoder never
     * writes: PLMN-Identity with MCC 901 and MNC 55, or MNC 310 alone, or no PLMN; MMEGI 0x8001,
     * MMEC 0x1a; selectedPLMN-Identity 2.
     */
    private static byte[] setupCompleteWithRegisteredMme(boolean plmn, boolean mcc, byte[] nas) {
        PerWriter out = new PerWriter().bit(false).constrained(4, 0, 15).constrained(0, 0, 3);
        out.bit(false).constrained(0, 0, 3); // criticalExtensions c1, rrcConnectionSetupComplete-r8
        out.bit(true).bit(false).constrained(2, 1, 6); // registeredMME present, no nonCriticalExtension
        out.bit(plmn);
        if (plmn) {
            out.bit(mcc);
            int[] mccDigits = mcc ? new int[] {9, 0, 1} : new int[0];
            int[] mncDigits = mcc ? new int[] {5, 5} : new int[] {3, 1, 0};
            for (int digit : mccDigits) {
                out.constrained(digit, 0, 9);
            }
            out.length(mncDigits.length, 2, 3);
            for (int digit : mncDigits) {
                out.constrained(digit, 0, 9);
            }
        }
        out.bits(0x8001, 16).bits(0x1a, 8);
        return out.octets(nas).toBytes();
    }

    private static <T extends DedicatedRrcMessage> void add(List<Frame> out, String id, int subType, T message,
                                                            java.util.function.Function<T, byte[]> encoder) {
        out.add(new Frame(id, subType, message, encoder.apply(message)));
    }

    /** Writes {@code id TAB sub-type TAB hex} per frame to the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Frame frame : frames()) {
            text.append(frame.id()).append('\t').append(frame.subType()).append('\t')
                    .append(HexFormat.of().formatHex(frame.bytes())).append('\n');
        }
        Files.writeString(Path.of(args[0]), text, StandardCharsets.US_ASCII);
    }
}
