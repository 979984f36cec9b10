package org.roguewatch.lte.rrc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roguewatch.lte.per.PerReader;
import org.roguewatch.lte.per.PerWriter;
import org.roguewatch.lte.rrc.GeranArfcnSet.Form;
import org.roguewatch.lte.rrc.PagingRecord.UeIdentityType;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo.Rat;

/** decode(encode(x)) == x over seeded random records, and the GERAN ARFCN set semantics of TS 36.331. */
class DedicatedRoundTripTest {
    private static final String[] BANDS = {"dcs1800", "pcs1900"};
    private final Random random = new Random(36331);

    @Test
    void randomPagingMessagesRoundTrip() {
        for (int i = 0; i < 500; i++) {
            List<PagingRecord> records = new ArrayList<>();
            int count = random.nextInt(17);
            for (int r = 0; r < count; r++) {
                records.add(randomPagingRecord());
            }
            Paging paging = new Paging(records, random.nextBoolean(), random.nextBoolean());
            assertEquals(paging, DedicatedChannels.decodeOk(6, LteDedicatedEncoder.paging(paging)));
        }
    }

    private PagingRecord randomPagingRecord() {
        String domain = random.nextBoolean() ? "ps" : "cs";
        switch (random.nextInt(4)) {
            case 0:
                return PagingRecord.sTmsi(random.nextInt(256), random.nextLong() & 0xffffffffL, domain);
            case 1:
                StringBuilder imsi = new StringBuilder();
                int digits = 6 + random.nextInt(16);
                for (int d = 0; d < digits; d++) {
                    imsi.append(random.nextInt(10));
                }
                return PagingRecord.imsi(imsi.toString(), domain);
            case 2:
                return new PagingRecord(UeIdentityType.NG_5G_S_TMSI, -1, random.nextLong() & 0xffffffffffffL, null, domain);
            default:
                return new PagingRecord(UeIdentityType.I_RNTI, -1, random.nextLong() & 0xffffffffffL, null, domain);
        }
    }

    @Test
    void randomReleasesRoundTrip() {
        String[] causes = {"loadBalancingTAUrequired", "other", "cs-FallbackHighPriority-v1020", "rrc-Suspend-v1320"};
        for (int i = 0; i < 2000; i++) {
            RedirectedCarrierInfo redirect = random.nextInt(8) == 0 ? null : randomRedirect();
            IdleModeMobilityControlInfo idle = random.nextInt(3) == 0 ? null : randomIdle();
            RrcConnectionRelease release = new RrcConnectionRelease(causes[random.nextInt(4)], redirect, idle);
            byte[] bytes = LteDedicatedEncoder.rrcConnectionRelease(release, random.nextInt(4));
            assertEquals(release, DedicatedChannels.decodeOk(1, bytes), release.toString());
        }
    }

    private RedirectedCarrierInfo randomRedirect() {
        switch (random.nextInt(8)) {
            case 0:
                return RedirectedCarrierInfo.eutra(random.nextBoolean() ? random.nextInt(65536) : random.nextInt(262144));
            case 1:
                return RedirectedCarrierInfo.geran(randomArfcns(), BANDS[random.nextInt(2)]);
            case 2:
                return RedirectedCarrierInfo.utraFdd(random.nextInt(16384));
            case 3:
                List<Integer> tdd = new ArrayList<>();
                int n = 1 + random.nextInt(6);
                for (int k = 0; k < n; k++) {
                    tdd.add(random.nextInt(16384));
                }
                return new RedirectedCarrierInfo(Rat.UTRA_TDD, tdd, null);
            case 4:
            case 5:
                return new RedirectedCarrierInfo(random.nextBoolean() ? Rat.CDMA2000_HRPD : Rat.CDMA2000_1XRTT,
                        List.of(random.nextInt(2048)), null, DedicatedNames.bandClass(random.nextInt(32)));
            default:
                return new RedirectedCarrierInfo(Rat.NR, List.of(random.nextInt(3_279_166)), null);
        }
    }

    private IdleModeMobilityControlInfo randomIdle() {
        List<FrequencyPriority> eutra = priorities(8, 262143);
        List<GeranPriority> geran = new ArrayList<>();
        int groups = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(16);
        for (int g = 0; g < groups; g++) {
            geran.add(new GeranPriority(randomArfcns(), BANDS[random.nextInt(2)], random.nextInt(8)));
        }
        int[] t320 = {5, 10, 20, 30, 60, 120, 180, -1};
        return new IdleModeMobilityControlInfo(eutra, geran, priorities(16, 16383), priorities(16, 16383),
                priorities(32, 31), priorities(32, 31), random.nextBoolean() ? null : t320[random.nextInt(8)]);
    }

    private List<FrequencyPriority> priorities(int max, int maxCarrier) {
        List<FrequencyPriority> out = new ArrayList<>();
        int n = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(max);
        for (int i = 0; i < n; i++) {
            out.add(new FrequencyPriority(random.nextInt(maxCarrier + 1), random.nextInt(8)));
        }
        return out;
    }

    /** An ARFCN set of each followingARFCNs form in turn: equally spaced, rising within 128, anything. */
    private List<Integer> randomArfcns() {
        int start = random.nextInt(1024);
        List<Integer> arfcns = new ArrayList<>(List.of(start));
        switch (random.nextInt(3)) {
            case 0 -> {
                int spacing = 1 + random.nextInt(8);
                int following = random.nextInt(32);
                for (int k = 1; k <= following; k++) {
                    arfcns.add((start + k * spacing) % 1024);
                }
            }
            case 1 -> {
                for (int offset = 1; offset <= 128; offset++) {
                    if (random.nextInt(10) == 0) {
                        arfcns.add((start + offset) % 1024);
                    }
                }
            }
            default -> {
                int following = random.nextInt(32);
                for (int k = 0; k < following; k++) {
                    arfcns.add(random.nextInt(1024));
                }
            }
        }
        return arfcns;
    }

    @Test
    void otherDedicatedMessagesRoundTrip() {
        for (int c = 0; c < 8; c++) {
            for (int i = 0; i < 8; i++) {
                RrcSecurityModeCommand command = new RrcSecurityModeCommand(c, i);
                assertEquals(command, DedicatedChannels.decodeOk(1, LteDedicatedEncoder.securityModeCommand(command, c % 4)));
            }
        }
        for (int wait = 1; wait <= 16; wait++) {
            RrcConnectionReject reject = new RrcConnectionReject(wait, wait % 2 == 0 ? null : wait * 100);
            assertEquals(reject, DedicatedChannels.decodeOk(0, LteDedicatedEncoder.rrcConnectionReject(reject)));
        }
        for (int length : new int[] {0, 1, 127, 128, 16383}) {
            byte[] nas = new byte[length];
            random.nextBytes(nas);
            assertEquals(new DlInformationTransfer(nas), DedicatedChannels.decodeOk(1,
                    LteDedicatedEncoder.dlInformationTransfer(nas, 3)));
            assertEquals(new UlInformationTransfer(nas), DedicatedChannels.decodeOk(3,
                    LteDedicatedEncoder.ulInformationTransfer(nas)));
            RrcConnectionSetupComplete complete = new RrcConnectionSetupComplete(1 + length % 6, nas);
            assertEquals(complete, DedicatedChannels.decodeOk(3, LteDedicatedEncoder.rrcConnectionSetupComplete(complete, 0)));
        }
        List<byte[]> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new byte[] {0x07, 0x55, (byte) i});
        }
        assertEquals(new RrcConnectionReconfiguration(eleven, true),
                DedicatedChannels.decodeOk(1, LteDedicatedEncoder.rrcConnectionReconfiguration(eleven, 0)));
        assertEquals(new RrcConnectionReconfiguration(List.of(), true),
                DedicatedChannels.decodeOk(1, LteDedicatedEncoder.rrcConnectionReconfiguration(List.of(), 0)));
        String[] causes = {"emergency", "highPriorityAccess", "mt-Access", "mo-Signalling", "mo-Data",
            "delayTolerantAccess-v1020", "mo-VoiceCall-v1280", "spare1"};
        for (String cause : causes) {
            RrcConnectionRequest sTmsi = new RrcConnectionRequest("s-TMSI", random.nextLong() & 0xffffffffL,
                    random.nextInt(256), cause);
            RrcConnectionRequest value = new RrcConnectionRequest("randomValue", random.nextLong() & 0xffffffffffL, -1,
                    cause);
            assertEquals(sTmsi, DedicatedChannels.decodeOk(2, LteDedicatedEncoder.rrcConnectionRequest(sTmsi)));
            assertEquals(value, DedicatedChannels.decodeOk(2, LteDedicatedEncoder.rrcConnectionRequest(value)));
        }
        for (int id = 0; id < 4; id++) {
            assertEquals(new RrcSecurityModeComplete(id), DedicatedChannels.decodeOk(3,
                    LteDedicatedEncoder.securityModeComplete(new RrcSecurityModeComplete(id))));
            assertEquals(new RrcSecurityModeFailure(id), DedicatedChannels.decodeOk(3,
                    LteDedicatedEncoder.securityModeFailure(new RrcSecurityModeFailure(id))));
        }
        assertEquals(new OtherRrcMessage("DL-CCCH", "RRCConnectionSetup"),
                DedicatedChannels.decodeOk(0, LteDedicatedEncoder.rrcConnectionSetup(3)));
    }

    @Test
    void eachGeranListShapeIsWrittenInTheFormThatReproducesIt() {
        assertEquals(Form.EQUALLY_SPACED, new GeranArfcnSet(List.of(1020, 1023, 2, 5), "dcs1800").form());
        assertEquals(Form.EQUALLY_SPACED, new GeranArfcnSet(List.of(725), "dcs1800").form());
        assertEquals(Form.BITMAP, new GeranArfcnSet(List.of(512, 513, 640), "pcs1900").form());
        assertEquals(Form.EXPLICIT, new GeranArfcnSet(List.of(512, 641), "pcs1900").form(), "offset 129 > 128");
        assertEquals(Form.EXPLICIT, new GeranArfcnSet(List.of(20, 5), "dcs1800").form(), "falling");
        assertEquals(Form.BITMAP, new GeranArfcnSet(List.of(20, 29), "dcs1800").form(), "spacing 9 > 8, rising");
    }

    @Test
    void equallySpacedArfcnsWrapModulo1024() {
        byte[] bytes = new PerWriter().constrained(1022, 0, 1023).bit(false).choice(1, 3, false)
                .constrained(3, 1, 8).constrained(2, 0, 31).toBytes();
        assertEquals(new GeranArfcnSet(List.of(1022, 1, 4), "dcs1800"), read(bytes));
    }

    @Test
    void bitmapLeadingBitIsTheArfcnAfterTheStart() {
        // TS 36.331 CarrierFreqsGERAN: the leading bit of the first octet is (startingARFCN + 1) mod 1024,
        // the trailing bit of octet N is (startingARFCN + 8N) mod 1024.
        byte[] bytes = new PerWriter().constrained(1020, 0, 1023).bit(true).choice(2, 3, false)
                .octets(new byte[] {(byte) 0x81, 0x01}, 1, 16).toBytes();
        assertEquals(new GeranArfcnSet(List.of(1020, 1021, 4, 12), "pcs1900"), read(bytes));
    }

    @Test
    void explicitListKeepsItsOrderAndDuplicates() {
        byte[] bytes = new PerWriter().constrained(100, 0, 1023).bit(false).choice(0, 3, false)
                .length(3, 0, 31).constrained(7, 0, 1023).constrained(7, 0, 1023).constrained(0, 0, 1023).toBytes();
        assertEquals(new GeranArfcnSet(List.of(100, 7, 7, 0), "dcs1800"), read(bytes));
    }

    private static GeranArfcnSet read(byte[] bytes) {
        return GeranArfcnSet.read(new PerReader(ByteBuffer.wrap(bytes), "lte-rrc"));
    }

    @Test
    void recordsTheEncoderCannotWriteAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LteDedicatedEncoder.rrcConnectionRelease(
                new RrcConnectionRelease("other", new RedirectedCarrierInfo(Rat.OTHER, List.of(), null), null)));
        assertThrows(IllegalArgumentException.class, () -> LteDedicatedEncoder.rrcConnectionRelease(
                new RrcConnectionRelease("no-such-cause", null, null)));
        assertThrows(IllegalArgumentException.class, () -> LteDedicatedEncoder.rrcConnectionRelease(
                new RrcConnectionRelease("other", RedirectedCarrierInfo.geran(List.of(1, 1024), "dcs1800"), null)));
        assertThrows(IllegalArgumentException.class, () -> LteDedicatedEncoder.rrcConnectionRelease(
                new RrcConnectionRelease("other", RedirectedCarrierInfo.geran(List.of(1), "gsm900"), null)));
        assertThrows(IllegalArgumentException.class, () -> LteDedicatedEncoder.paging(
                new Paging(List.of(PagingRecord.imsi("12345", "ps")), false, false)));
        assertThrows(IllegalArgumentException.class, () -> LteDedicatedEncoder.rrcConnectionReject(
                new RrcConnectionReject(17)));
    }
}
