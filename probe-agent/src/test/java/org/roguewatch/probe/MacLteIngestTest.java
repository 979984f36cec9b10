package org.roguewatch.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.PcapWriter;
import org.roguewatch.lte.mac.MacLteCapture;
import org.roguewatch.lte.mac.MacLteTshark;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.DedicatedTransaction;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.LteFields;
import org.roguewatch.observe.Radio;
import org.roguewatch.observe.Sighting;
import org.roguewatch.testing.SharedCaptures;

/**
 * The real LTESniffer capture in its native MAC-LTE form (DLT 147) through the ingest, as
 * {@code roguewatch analyze} runs it: the same LTE cell as its GSMTAP re-wrap gives, every field's
 * first frame and frame count and every message count as tshark 4.0 decodes this file
 * ({@code sdr-adapters/src/test/tshark/maclte/make-fixtures.sh}). The one difference from tshark's
 * frame-by-frame view: frame 2177 repeats RLC SN 7 of frame 2172 (tshark's own RLC sequence
 * analysis flags it as a repeated frame), so its RRCConnectionRelease is a retransmission, dropped.
 */
class MacLteIngestTest {
    private static final List<MacLteTshark.Frame> TSHARK = MacLteTshark.frames();

    private static GsmtapIngest ingest() throws IOException {
        GsmtapIngest ingest = SharedCaptureIngest.of(SharedCaptures.require(SharedCaptures.LTE_SNIFFER_MAC));
        assertEquals(0, ingest.counters().malformedTotal(), () -> ingest.counters().malformed().toString());
        return ingest;
    }

    private static CellObservation cell(GsmtapIngest ingest) {
        List<CellObservation> cells = ingest.observations();
        assertEquals(1, cells.size(), cells.toString());
        return cells.get(0);
    }

    /** The value, first frame and frame count of a field that took one value. */
    private static String where(CellObservation cell, CellField<?> field) {
        FieldHistory<?> history = cell.history(field);
        assertEquals(1, history.sightings().size(), field.name() + " took one value");
        Sighting<?> sighting = history.sightings().get(0);
        return sighting.value() + " @" + sighting.first().frame() + " x" + sighting.count();
    }

    /** "@first xcount" of the frames tshark decodes to an RRC PDU that matches. */
    private static String tshark(Predicate<MacLteTshark.Rrc> carries) {
        List<Long> frames = TSHARK.stream().filter(f -> f.rrc() != null && carries.test(f.rrc()))
                .map(MacLteTshark.Frame::number).toList();
        return "@" + frames.get(0) + " x" + frames.size();
    }

    private static Predicate<MacLteTshark.Rrc> named(String rrcName) {
        return rrc -> rrc.rrcName().equals(rrcName);
    }

    @Test
    void theLabCellHasItsFieldsInTheFramesTsharkDecodesThemFrom() throws IOException {
        CellObservation cell = cell(ingest());
        assertEquals(Radio.LTE, cell.radio());
        assertEquals(0, cell.channel(), "MAC-LTE does not give the EARFCN");
        assertEquals("901-55-7-105217", cell.identity().toString().split(" ")[0]);
        String sib1 = tshark(named("SystemInformationBlockType1"));
        String sib2 = tshark(rrc -> rrc.info().contains("SIB2"));
        String sib3 = tshark(rrc -> rrc.info().contains("SIB3"));
        String nasSmc = tshark(rrc -> rrc.outerNas().contains("Security mode command"));
        String rrcSmc = tshark(named("SecurityModeCommand"));
        Map<CellField<?>, String> expected = new LinkedHashMap<>();
        // Values as LteSnifferObservationTest has them for the GSMTAP re-wrap.
        expected.put(LteFields.MCC, "901 " + sib1);
        expected.put(LteFields.MNC, "55 " + sib1);
        expected.put(LteFields.TAC, "7 " + sib1);
        expected.put(LteFields.ECI, "105217 " + sib1);
        expected.put(LteFields.CELL_BARRED, "false " + sib1);
        expected.put(LteFields.Q_RX_LEV_MIN, "-65 " + sib1);
        expected.put(LteFields.FREQ_BAND, "7 " + sib1);
        expected.put(LteFields.SERVING_PRIORITY, "6 " + sib3);
        expected.put(LteFields.THRESH_SERVING_LOW, "2 " + sib3);
        expected.put(LteFields.S_NON_INTRA_SEARCH, "3 " + sib3);
        expected.put(LteFields.T300, "2000 " + sib2);
        expected.put(LteFields.T310, "200 " + sib2);
        expected.put(LteFields.N310, "1 " + sib2);
        expected.put(LteFields.NAS_CIPHER_ALGORITHM, "0 " + nasSmc);
        expected.put(LteFields.NAS_INTEGRITY_ALGORITHM, "1 " + nasSmc);
        expected.put(LteFields.RRC_CIPHER_ALGORITHM, "0 " + rrcSmc);
        expected.put(LteFields.RRC_INTEGRITY_ALGORITHM, "2 " + rrcSmc);
        expected.forEach((field, value) -> assertEquals(value, where(cell, field), field.name()));
        assertEquals("@1 x1432", sib1);
        assertEquals("@3 x358", sib3);
        assertEquals("@99 x1", nasSmc);
        assertEquals("@107 x1", rrcSmc);
        for (CellField<?> field : cell.fields().keySet()) {
            assertTrue(expected.containsKey(field) || field == LteFields.SCHEDULED_SIBS, "unexpected " + field.name());
        }
    }

    @Test
    void theFieldValuesAreTsharks() throws IOException {
        CellObservation cell = cell(ingest());
        Map<String, String> sib1 = MacLteTshark.rrc().values().stream().filter(named("SystemInformationBlockType1"))
                .findFirst().orElseThrow().fields();
        String plmn = cell.latest(LteFields.MCC) + cell.latest(LteFields.MNC);
        assertEquals(sib1.get("mcc_mnc_digits"), String.join(",", plmn.split("")));
        assertEquals(Integer.parseInt(sib1.get("tac"), 16), cell.latest(LteFields.TAC));
        // tshark shows the 28-bit cellIdentity BIT STRING padded to 32 bits.
        assertEquals(Long.parseLong(sib1.get("eci"), 16) >> 4, cell.latest(LteFields.ECI).longValue());
        assertEquals(sib1.get("q_rx_lev_min"), String.valueOf(cell.latest(LteFields.Q_RX_LEV_MIN)));
        assertEquals(sib1.get("freq_band"), String.valueOf(cell.latest(LteFields.FREQ_BAND)));
        Map<String, String> si = MacLteTshark.rrc().values().stream().filter(named("SystemInformation"))
                .findFirst().orElseThrow().fields();
        assertEquals(si.get("cell_reselection_priority"), String.valueOf(cell.latest(LteFields.SERVING_PRIORITY)));
        assertEquals(si.get("thresh_serving_low"), String.valueOf(cell.latest(LteFields.THRESH_SERVING_LOW)));
        assertEquals(si.get("s_non_intra_search"), String.valueOf(cell.latest(LteFields.S_NON_INTRA_SEARCH)));
    }

    @Test
    void messagesAreCountedAsTsharkNamesThemLessTheRlcRetransmission() throws IOException {
        CellObservation cell = cell(ingest());
        Map<String, Long> shown = new TreeMap<>();
        Map<String, Long> retransmitted = new TreeMap<>();
        for (MacLteTshark.Frame frame : TSHARK) {
            if (frame.rrc() != null) {
                Map<String, Long> into = frame.rlcRepeated() ? retransmitted : shown;
                into.merge(frame.rrc().rrcName(), 1L, Long::sum);
                frame.rrc().outerNas().forEach(nas -> into.merge(nas, 1L, Long::sum));
            }
        }
        assertEquals(shown, cell.messages());
        assertEquals(Map.of("RRCConnectionRelease", 1L), retransmitted);
    }

    @Test
    void framesAndWhatYieldsNoMessageAreCountedAsTsharkSeesThem() throws IOException {
        FrameCounters counters = ingest().counters();
        Map<String, Long> byType = new TreeMap<>();
        long userData = 0;
        long status = 0;
        long repeated = 0;
        for (MacLteTshark.Frame frame : TSHARK) {
            byType.merge("mac-lte." + List.of("NO-RNTI", "P-RNTI", "RA-RNTI", "C-RNTI", "SI-RNTI")
                    .get(frame.rntiType()), 1L, Long::sum);
            userData += frame.lcids().stream().filter(lcid -> lcid >= 3 && lcid <= 10).count();
            status += frame.rlcFrameTypes().stream().filter(type -> type == 0).count();
            repeated += frame.rlcRepeated() ? 1 : 0;
        }
        assertEquals(byType, counters.gsmtapTypes());
        assertEquals(Map.of("mac-lte.drb", userData, "mac-lte.rar", 1L, "rlc-am.status", status,
                "rlc-am.duplicate", repeated), counters.withoutMessage());
        assertEquals(Map.of(), counters.notGsmtap());
    }

    @Test
    void theAttachIsOneConnectionReleasedOnce() throws IOException {
        List<DedicatedTransaction> connections = cell(ingest()).transactions();
        assertEquals(1, connections.size(), "the retransmitted release opens no second connection");
        DedicatedTransaction attach = connections.get(0);
        assertTrue(attach.released());
        assertEquals(List.of("RRCConnectionSetup", "DLInformationTransfer", "Identity request",
                "DLInformationTransfer", "Authentication request", "DLInformationTransfer", "Security mode command",
                "DLInformationTransfer", "ESM information request", "SecurityModeCommand", "UECapabilityEnquiry",
                "RRCConnectionReconfiguration", "Attach accept", "DLInformationTransfer", "EMM information",
                "RRCConnectionRelease"), attach.steps().stream().map(s -> s.message().name()).toList());
        assertEquals(List.of(88L, 91L, 91L), attach.steps().subList(0, 3).stream().map(s -> s.ref().frame()).toList());
        assertEquals(2172L, attach.steps().get(attach.steps().size() - 1).ref().frame());
    }

    @Test
    void theSameCellAsTheGsmtapRewrap() throws IOException {
        CellObservation mac = cell(ingest());
        Path rewrap = SharedCaptures.require(SharedCaptures.LTE_SNIFFER_GSMTAP);
        CellObservation gsmtap = cell(SharedCaptureIngest.of(rewrap));
        assertEquals(gsmtap.identity().toString(), mac.identity().toString());
        assertEquals(gsmtap.channel(), mac.channel());
        assertEquals(gsmtap.fields().keySet(), mac.fields().keySet());
        for (CellField<?> field : gsmtap.fields().keySet()) {
            assertEquals(values(gsmtap.history(field)), values(mac.history(field)), field.name());
        }
        Map<String, Long> messages = new TreeMap<>(gsmtap.messages());
        messages.merge("RRCConnectionRelease", -1L, Long::sum);
        assertEquals(messages, mac.messages(), "the GSMTAP re-wrap kept the RLC retransmission");
    }

    @Test
    void theUdpFormGivesWhatTheFileFormGives(@TempDir Path directory) throws IOException {
        // srsRAN's network output: each frame after "mac-lte" in a UDP datagram, on a port that is not GSMTAP's.
        Path udp = directory.resolve("mac-lte-udp.pcap");
        try (PcapWriter writer = PcapWriter.create(udp, PcapWriter.Resolution.MICROSECONDS)) {
            for (MacLteCapture.Frame frame : MacLteCapture.frames()) {
                byte[] payload = concat("mac-lte".getBytes(StandardCharsets.US_ASCII), frame.bytes());
                writer.writeUdp(frame.ref().time(), payload, 40000, 5847);
            }
        }
        GsmtapIngest fromFile = ingest();
        GsmtapIngest fromUdp = SharedCaptureIngest.of(udp);
        assertTrue(Files.size(udp) > 0);
        assertEquals(fromFile.counters().gsmtapTypes(), fromUdp.counters().gsmtapTypes());
        assertEquals(fromFile.counters().withoutMessage(), fromUdp.counters().withoutMessage());
        assertEquals(fromFile.counters().messages(), fromUdp.counters().messages());
        assertEquals(Map.of(), fromUdp.counters().malformed());
        CellObservation file = cell(fromFile);
        CellObservation network = cell(fromUdp);
        assertEquals(file.messages(), network.messages());
        for (CellField<?> field : file.fields().keySet()) {
            assertEquals(where(file, field), where(network, field), field.name());
        }
    }

    @Test
    void aMacLteDatagramGivenToTheGsmtapEntryIsReadAsMacLte() throws IOException {
        // A live listener hands every datagram to datagram(); "mac-lte" is never a GSMTAP version.
        MacLteCapture.Frame sib1 = MacLteCapture.frames().get(0);
        GsmtapIngest ingest = new GsmtapIngest("probe-1", new FrameCounters());
        ingest.datagram(sib1.ref(), ByteBuffer.wrap(concat("mac-lte".getBytes(StandardCharsets.US_ASCII),
                sib1.bytes())));
        assertEquals(Map.of("mac-lte.SI-RNTI", 1L), ingest.counters().gsmtapTypes());
        assertEquals(Map.of("SystemInformationBlockType1", 1L), ingest.counters().messages());
        assertEquals(0, ingest.counters().malformedTotal());
    }

    private static List<String> values(FieldHistory<?> history) {
        return history.sightings().stream().map(s -> s.value() + " x" + s.count()).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
