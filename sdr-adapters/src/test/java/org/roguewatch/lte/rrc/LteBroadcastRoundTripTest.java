package org.roguewatch.lte.rrc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.per.PerWriter;
import org.roguewatch.testing.Hex;

/** decode(encode(x)) gives x back for every field the broadcast records carry. */
class LteBroadcastRoundTripTest {
    private static LteMessage decodeBch(byte[] payload) {
        return BcchBchDecoder.decode(ByteBuffer.wrap(payload)).valueOrNull();
    }

    private static Decoded<LteMessage> decodeDlSch(byte[] payload) {
        return BcchDlSchDecoder.decode(ByteBuffer.wrap(payload));
    }

    @Test
    void randomMasterInformationBlocksRoundTripInThreeOctets() {
        RandomBroadcast random = new RandomBroadcast(36331);
        for (int i = 0; i < 2_000; i++) {
            MasterInformationBlock mib = random.mib();
            byte[] payload = LteBroadcastEncoder.mib(mib);
            assertEquals(3, payload.length, "BCH transport block of 24 bits");
            assertEquals(mib, decodeBch(payload));
        }
    }

    @Test
    void randomSib1sRoundTrip() {
        RandomBroadcast random = new RandomBroadcast(1);
        for (int i = 0; i < 5_000; i++) {
            SystemInformationBlockType1 sib1 = random.sib1();
            assertEquals(Decoded.ok(sib1), decodeDlSch(LteBroadcastEncoder.sib1(sib1)), () -> sib1.toString());
        }
    }

    @Test
    void randomSystemInformationMessagesOfSib2ToSib7RoundTrip() {
        RandomBroadcast random = new RandomBroadcast(2);
        for (int i = 0; i < 5_000; i++) {
            List<SystemInformationBlock> sibs = random.sibs();
            assertEquals(Decoded.ok(new SystemInformation(sibs)),
                    decodeDlSch(LteBroadcastEncoder.systemInformation(sibs)), () -> sibs.toString());
        }
    }

    @Test
    void everyEnumeratedValueRoundTrips() {
        for (int i = 0; i < SibValueTables.T300_T301_MS.size(); i++) {
            int ms = SibValueTables.T300_T301_MS.get(i);
            UeTimersAndConstants timers = new UeTimersAndConstants(ms, ms,
                    SibValueTables.T310_MS.get(i % SibValueTables.T310_MS.size()), SibValueTables.N310.get(i),
                    SibValueTables.T311_MS.get(i % SibValueTables.T311_MS.size()), SibValueTables.N311.get(i));
            Sib2 sib2 = new Sib2(null, timers, null, SibValueTables.BANDWIDTH_RB.get(i % 6), 1 + i,
                    SibValueTables.TIME_ALIGNMENT_SF.get(i), SibValueTables.PAGING_CYCLE_RF.get(i % 4),
                    SibValueTables.PAGING_NB.get(i));
            assertEquals(List.of(sib2), roundTrip(sib2));
        }
        for (int db : SibValueTables.Q_HYST_DB) {
            Sib3 sib3 = new Sib3(db, 0, null, 0, -70, null, 0, null, null, false, 0);
            assertEquals(List.of(sib3), roundTrip(sib3));
        }
        for (int db : SibValueTables.Q_OFFSET_RANGE_DB) {
            Sib5 sib5 = new Sib5(List.of(new InterFreqCarrier(1, -70, null, 0, 0, 0, 6, false, null, 0, db)));
            assertEquals(List.of(sib5), roundTrip(sib5));
        }
    }

    private static List<SystemInformationBlock> roundTrip(SystemInformationBlock sib) {
        return ((SystemInformation) decodeDlSch(LteBroadcastEncoder.systemInformation(List.of(sib))).valueOrNull())
                .sibs();
    }

    @Test
    void labCellSystemInformationIsWrittenBitForBitAsTheCapturedOne() {
        // frame 3 of the LTESniffer capture: srsENB's SIB2 + SIB3, then padding to the transport block
        String captured = "00800ce1bf788800ca11e20140000801829945ab9c30c6a73141c21462d84ea5a4";
        byte[] written = LteBroadcastEncoder.systemInformation(
                List.of(BroadcastSamples.labSib2(), BroadcastSamples.labSib3()));
        assertEquals(captured, Hex.of(written));
    }

    @Test
    void sib1LeavesOutAnMccEqualToThePreviousEntrys() {
        SystemInformationBlockType1 two = BroadcastSamples.sib1(List.of(BroadcastSamples.plmn("310", "260"),
                BroadcastSamples.plmn("310", "410")), List.of(new SchedulingInfo(16, List.of())));
        SystemInformationBlockType1 other = BroadcastSamples.sib1(List.of(BroadcastSamples.plmn("310", "260"),
                BroadcastSamples.plmn("311", "410")), List.of(new SchedulingInfo(16, List.of())));
        assertEquals(bitLength(other) - 3 * 4, bitLength(two), "a repeated MCC costs its presence bit, not its digits");
        assertEquals(Decoded.ok(two), decodeDlSch(LteBroadcastEncoder.sib1(two)));
    }

    private static long bitLength(SystemInformationBlockType1 sib1) {
        PerWriter out = new PerWriter();
        Sib1Writer.write(out, sib1);
        return out.bitLength();
    }

    @Test
    void decodingReadsFromTheBufferPositionAndLeavesItAsItWas() {
        byte[] sib1 = LteBroadcastEncoder.sib1(BroadcastSamples.sib1(List.of(BroadcastSamples.plmn("262", "01")),
                List.of(new SchedulingInfo(16, List.of(3)))));
        ByteBuffer framed = ByteBuffer.allocate(16 + sib1.length + 4).position(16).put(sib1).position(16)
                .limit(16 + sib1.length);
        assertEquals(Decoded.ok(BroadcastSamples.sib1(List.of(BroadcastSamples.plmn("262", "01")),
                List.of(new SchedulingInfo(16, List.of(3))))), BcchDlSchDecoder.decode(framed));
        assertEquals(16, framed.position());
        assertEquals(16 + sib1.length, framed.limit());
    }

    @Test
    void encoderRefusesValuesOutsideTheirAsn1Ranges() {
        assertThrows(IllegalArgumentException.class,
                () -> LteBroadcastEncoder.mib(new MasterInformationBlock(20, "normal", "one", 0)));
        assertThrows(IllegalArgumentException.class,
                () -> LteBroadcastEncoder.mib(new MasterInformationBlock(50, "normal", "one", 256)));
        assertThrows(IllegalArgumentException.class, () -> LteBroadcastEncoder.sib1(BroadcastSamples.sib1(
                List.of(BroadcastSamples.plmn("31a", "26")), List.of(new SchedulingInfo(16, List.of())))));
        assertThrows(IllegalArgumentException.class, () -> LteBroadcastEncoder.sib1(BroadcastSamples.sib1(
                List.of(BroadcastSamples.plmn("310", "2600")), List.of(new SchedulingInfo(16, List.of())))));
        assertThrows(IllegalArgumentException.class, () -> LteBroadcastEncoder.sib1(BroadcastSamples.sib1(
                List.of(BroadcastSamples.plmn("310", "26")), List.of(new SchedulingInfo(16, List.of(2))))),
                "SIB2 is never listed in sib-MappingInfo");
        assertThrows(IllegalArgumentException.class, () -> LteBroadcastEncoder.systemInformation(
                List.of(new Sib6(List.of(), List.of(new UtraCarrier(1, null, 0, 0, -60, 0, -10)), 0))),
                "TDD carriers have no q-QualMin");
        assertThrows(IllegalArgumentException.class, () -> LteBroadcastEncoder.systemInformation(
                List.of(new Sib7(0, List.of(BroadcastSamples.geran(10, "dcs1800", List.of(11, 12), null, null))))),
                "a group's ARFCNs start with its starting ARFCN");
        assertThrows(IllegalArgumentException.class,
                () -> LteBroadcastEncoder.systemInformation(List.of(new OtherSib(8))));
        assertThrows(IllegalArgumentException.class, () -> LteBroadcastEncoder.systemInformation(List.of()));
    }
}
