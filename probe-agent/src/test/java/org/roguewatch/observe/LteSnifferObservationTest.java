package org.roguewatch.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roguewatch.probe.GsmtapIngest;
import org.roguewatch.probe.SharedCaptureIngest;
import org.roguewatch.testing.SharedCaptures;

/**
 * The real LTESniffer capture folded into one LTE cell, every value and frame checked against tshark
 * 4.0 on the same file ({@code tshark -r ltesniffer_ltesniffer_dl_mode_gsmtap.pcap -T fields -e ...}):
 * SIB1 identity in frame 1 (×1,432), SIB2/SIB3 in frame 3 (×358), NAS Security Mode Command in
 * frame 97 (EEA0, EIA1) and RRC SecurityModeCommand in frame 105 (eea0, eia2).
 */
class LteSnifferObservationTest {
    private static CellObservation cell() throws IOException {
        GsmtapIngest ingest = SharedCaptureIngest.of(SharedCaptures.require(SharedCaptures.LTE_SNIFFER_GSMTAP));
        assertEquals(0, ingest.counters().malformedTotal(), () -> ingest.counters().malformed().toString());
        List<CellObservation> cells = ingest.observations();
        assertEquals(1, cells.size(), cells.toString());
        return cells.get(0);
    }

    private static String where(CellObservation cell, CellField<?> field) {
        FieldHistory<?> history = cell.history(field);
        assertEquals(1, history.sightings().size(), field.name() + " took one value");
        Sighting<?> sighting = history.sightings().get(0);
        return sighting.value() + " @" + sighting.first().frame() + " x" + sighting.count();
    }

    @Test
    void theLabCellIsWhatTsharkShows() throws IOException {
        CellObservation cell = cell();
        assertEquals(Radio.LTE, cell.radio());
        assertEquals(0, cell.channel(), "LTESniffer leaves the GSMTAP EARFCN at 0");
        assertEquals("901-55-7-105217", cell.identity().toString().split(" ")[0]);
        Map<CellField<?>, String> expected = new LinkedHashMap<>();
        expected.put(LteFields.MCC, "901 @1 x1432");
        expected.put(LteFields.MNC, "55 @1 x1432");
        expected.put(LteFields.TAC, "7 @1 x1432");
        expected.put(LteFields.ECI, "105217 @1 x1432"); // tshark: cellIdentity 0x0019b010, 28 bits = 0x19b01
        expected.put(LteFields.CELL_BARRED, "false @1 x1432"); // tshark: cellBarred notBarred (1)
        expected.put(LteFields.Q_RX_LEV_MIN, "-65 @1 x1432");
        expected.put(LteFields.FREQ_BAND, "7 @1 x1432");
        expected.put(LteFields.SERVING_PRIORITY, "6 @3 x358");
        expected.put(LteFields.THRESH_SERVING_LOW, "2 @3 x358");
        expected.put(LteFields.S_NON_INTRA_SEARCH, "3 @3 x358");
        expected.put(LteFields.T300, "2000 @3 x358"); // tshark: t300 ms2000 (7)
        expected.put(LteFields.T310, "200 @3 x358"); // ms200 (3)
        expected.put(LteFields.N310, "1 @3 x358"); // n1 (0)
        expected.put(LteFields.NAS_CIPHER_ALGORITHM, "0 @97 x1");
        expected.put(LteFields.NAS_INTEGRITY_ALGORITHM, "1 @97 x1");
        expected.put(LteFields.RRC_CIPHER_ALGORITHM, "0 @105 x1");
        expected.put(LteFields.RRC_INTEGRITY_ALGORITHM, "2 @105 x1");
        expected.forEach((field, value) -> assertEquals(value, where(cell, field), field.name()));
        assertEquals("2 3", cell.latest(LteFields.SCHEDULED_SIBS).toString().replaceAll("[\\[\\],]", ""),
                "SIB2 in the first SI, SIB3 mapped (tshark: sib-MappingInfo sibType3)");
        for (CellField<?> field : cell.fields().keySet()) {
            assertTrue(expected.containsKey(field) || field == LteFields.SCHEDULED_SIBS, "unexpected " + field.name());
        }
    }

    @Test
    void messagesAreCountedAsTsharkNamesThemAndNasCopiesOnce() throws IOException {
        CellObservation cell = cell();
        Map<String, Long> rrc = Map.of("SystemInformationBlockType1", 1432L, "SystemInformation", 358L,
                "RRCConnectionSetup", 1L, "DLInformationTransfer", 5L, "SecurityModeCommand", 1L,
                "UECapabilityEnquiry", 1L, "RRCConnectionReconfiguration", 1L, "RRCConnectionRelease", 2L);
        rrc.forEach((name, count) -> assertEquals(count, cell.messageCount(name), name));
        // tshark shows the six NAS PDUs both inside RRC and as LTE_NAS frames; we count each once.
        for (String nas : List.of("Identity request", "Authentication request", "Security mode command",
                "ESM information request", "Attach accept", "EMM information")) {
            assertEquals(1, cell.messageCount(nas), nas + " in " + cell.messages());
        }
    }

    @Test
    void theAttachIsOneConnectionWithItsNasInOrder() throws IOException {
        List<DedicatedTransaction> connections = cell().transactions();
        DedicatedTransaction attach = connections.get(0);
        assertTrue(attach.released(), "released by frame 1546");
        List<String> names = attach.steps().stream().map(s -> s.message().name()).toList();
        assertEquals(List.of("RRCConnectionSetup", "DLInformationTransfer", "Identity request",
                "DLInformationTransfer", "Authentication request", "DLInformationTransfer", "Security mode command",
                "DLInformationTransfer", "ESM information request", "SecurityModeCommand", "UECapabilityEnquiry",
                "RRCConnectionReconfiguration", "Attach accept", "DLInformationTransfer", "EMM information",
                "RRCConnectionRelease"), names);
        assertEquals(List.of(87L, 89L, 89L), attach.steps().subList(0, 3).stream().map(s -> s.ref().frame()).toList());
    }
}
