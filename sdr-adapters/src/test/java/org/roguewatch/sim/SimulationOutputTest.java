package org.roguewatch.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.UdpDatagram;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.sim.render.GsmVisit;
import org.roguewatch.sim.render.LteVisit;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.GsmCell;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.ScenarioException;
import org.roguewatch.sim.scenario.ScenarioLoader;

/**
 * The files beside the captures: byte-identical for a seed, different shadowing for another,
 * and probes.csv, plan.csv, fm-licences.csv and ground-truth.jsonl in their documented formats.
 */
class SimulationOutputTest {
    @TempDir
    static Path root;

    private static Scenario scenario;
    private static SimulationSummary first;

    @BeforeAll
    static void simulate() throws IOException {
        scenario = TestScenarios.town();
        first = SimulatedAir.run(scenario, root.resolve("first"), SimulationListener.NONE);
    }

    private static List<String> lines(String name) throws IOException {
        return Files.readAllLines(root.resolve("first").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws IOException {
        SimulationSummary again = SimulatedAir.run(scenario, root.resolve("again"), SimulationListener.NONE);
        assertTrue(HeardLteFrame.read(first.probes().get(0).pcap()).size() > 100, "LTE frames are compared too");
        assertEquals(8, first.files().size(), "2 probes x (pcap, sweep) + 4");
        for (int i = 0; i < first.files().size(); i++) {
            assertEquals(first.files().get(i).getFileName(), again.files().get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(first.files().get(i)), Files.readAllBytes(again.files().get(i)),
                    first.files().get(i).getFileName().toString());
        }
    }

    @Test
    void anotherSeedChangesTheLevelsButNotTheNetwork() throws IOException {
        SimulationSummary other = SimulatedAir.run(scenario.withSeed(8), root.resolve("other"), SimulationListener.NONE);
        Path pcap = first.probes().get(0).pcap();
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(pcap), Files.readAllBytes(other.probes().get(0).pcap())));
        assertEquals(Files.readString(root.resolve("first").resolve(SimulatedAir.PLAN_CSV)),
                Files.readString(root.resolve("other").resolve(SimulatedAir.PLAN_CSV)));
        double a = meanLevel(HeardFrame.read(pcap), 2);
        double b = meanLevel(HeardFrame.read(other.probes().get(0).pcap()), 2);
        assertNotEquals(a, b, 0.5, "the centre probe's level of ARFCN 2 moves with the shadowing");
    }

    @Test
    void addingAnLteLayerChangesNothingAProbeHearsOfGsm() throws IOException {
        Scenario withLte = TestScenarios.parse(TestScenarios.TOWN.replace("eutran_neighbours = 6300\n",
                "eutran_neighbours = 6300\nlte_earfcns = 6300, 1300\n"));
        assertEquals(42, withLte.lteCells().size());
        SimulationSummary layered = SimulatedAir.run(withLte, root.resolve("layered"), SimulationListener.NONE);
        for (int p = 0; p < first.probes().size(); p++) {
            List<String> gsm = gsmFrames(first.probes().get(p).pcap());
            List<String> gsmWithLte = gsmFrames(layered.probes().get(p).pcap());
            assertTrue(gsm.size() > 1000);
            assertEquals(gsm, gsmWithLte, "GSM frames of probe " + first.probes().get(p).probe());
            assertTrue(HeardLteFrame.read(layered.probes().get(p).pcap()).size() > HeardLteFrame.read(
                    first.probes().get(p).pcap()).size(), "the LTE layer is heard besides the catcher");
        }
    }

    /** Time and datagram (GSMTAP header and block) of every GSM frame, as text. */
    private static List<String> gsmFrames(Path pcap) throws IOException {
        List<String> out = new ArrayList<>();
        try (PacketReader reader = CaptureFiles.open(pcap, (reason, where, detail) -> { })) {
            for (CapturedPacket packet = reader.next(); packet != null; packet = reader.next()) {
                UdpDatagram udp = (UdpDatagram) Decapsulator.unwrap(packet);
                byte[] datagram = new byte[udp.payload().remaining()];
                udp.payload().duplicate().get(datagram);
                if (datagram[2] == GsmtapType.UM) {
                    out.add(packet.ref().time() + " " + java.util.HexFormat.of().formatHex(datagram));
                }
            }
        }
        return out;
    }

    private static double meanLevel(List<HeardFrame> frames, int arfcn) {
        return frames.stream().filter(f -> f.header().arfcn() == arfcn).mapToInt(f -> f.header().signalDbm())
                .average().orElseThrow();
    }

    @Test
    void probesCsvListsEachProbesFilesAndPositions() throws IOException {
        List<String> rows = lines(SimulatedAir.PROBES_CSV).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals("probe,pcap,sweep,time,lat,lon,height_m", rows.get(0));
        assertEquals("centre,centre.pcap,centre-sweep.csv,,51.228000,6.774000,10.0", rows.get(1));
        assertEquals("van,van.pcap,van-sweep.csv,2026-11-24T08:00:00Z,51.220000,6.760000,2.0", rows.get(2));
        assertEquals("van,van.pcap,van-sweep.csv,2026-11-24T08:04:00Z,51.225000,6.790000,2.0", rows.get(4));
        assertEquals(5, rows.size());
    }

    @Test
    void planCsvIsTheLegitimateNetworkAndLoadsBackAsAScenarioPlan() throws IOException, ScenarioException {
        List<String> rows = lines(SimulatedAir.PLAN_CSV).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals("radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon,azimuth_deg,beamwidth_deg,eirp_dbm,height_m",
                rows.get(0));
        assertEquals(22, rows.size(), "21 legitimate cells, no rogue");
        assertTrue(rows.stream().noneMatch(r -> r.contains(",4711,") || r.contains(",80,")), "rogues are not planned");
        GsmCell site1 = scenario.gsmCells().get(0);
        assertEquals(String.format(java.util.Locale.ROOT, "GSM,262,02,318,11201,2,3-0,%.6f,%.6f,0,65,58.0,30",
                site1.track().first().lat(), site1.track().first().lon()), rows.get(1));

        Path copy = root.resolve("replanned");
        Files.createDirectories(copy);
        Files.copy(root.resolve("first").resolve(SimulatedAir.PLAN_CSV), copy.resolve("plan.csv"));
        String text = TestScenarios.TOWN.replaceAll("(?s)\\[network].*?\\[probe centre]",
                "[network]\nplan = plan.csv\neutran_neighbours = 6300\npaging_per_minute = 6\n\n[probe centre]")
                .replace("clone = site3-2", "clone = 262-02-318-11222");
        Files.writeString(copy.resolve("re.scenario"), text);
        Scenario replanned = ScenarioLoader.load(copy.resolve("re.scenario"));
        assertEquals(scenario.gsmCells().size(), replanned.gsmCells().size());
        for (int i = 0; i < replanned.gsmCells().size(); i++) {
            GsmCell a = scenario.gsmCells().get(i);
            GsmCell b = replanned.gsmCells().get(i);
            assertEquals(a.cgi(), b.cgi());
            assertEquals(a.arfcn(), b.arfcn());
            assertEquals(a.bsic(), b.bsic());
            assertEquals(a.antenna(), b.antenna());
            assertEquals(a.neighbours(), b.neighbours(), "the same geometry plans the same BA lists");
            assertEquals(a.track().first().lat(), b.track().first().lat(), 1e-6);
        }
    }

    @Test
    void licencesListOnlyLicensedStations() throws IOException {
        List<String> rows = lines(SimulatedAir.LICENCES_CSV).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("frequency_hz,station,lat,lon,erp_dbm,height_m,pi_code,tolerance_hz",
                "99200000,licensed,51.218000,6.761700,70.0,100,D392,2000"), rows);
    }

    @Test
    void groundTruthHasEveryEmitterItsPositionsAndTheRoguesTransactions() throws IOException {
        List<String> lines = lines(SimulatedAir.GROUND_TRUTH);
        assertTrue(lines.get(0).startsWith("{\"type\":\"scenario\",\"name\":\"town\",\"source\":\"test.scenario\",\"seed\":7,"));
        for (Emitter emitter : scenario.emitters()) {
            String line = lines.stream().filter(l -> l.startsWith("{\"type\":\"emitter\",\"id\":\"" + emitter.id() + "\""))
                    .findFirst().orElseThrow();
            assertTrue(line.contains("\"rogue\":" + emitter.rogue()), line);
            assertTrue(line.contains("\"rendered\":true"), line);
        }
        String blaster = lines.stream().filter(l -> l.contains("\"id\":\"blaster\"") && l.contains("emitter")).findFirst()
                .orElseThrow();
        assertTrue(blaster.contains("\"reasons\":[\"identity 262-02-4711-999 is not in the operator's plan\""), blaster);
        assertTrue(blaster.contains("\"empty neighbour list\""));
        assertTrue(blaster.contains("\"on\":[{\"from\":\"2026-11-24T08:00:30Z\",\"to\":\"2026-11-24T08:03:30Z\"}]"));
        String pirate = lines.stream().filter(l -> l.contains("\"id\":\"pirate\"") && l.contains("emitter")).findFirst()
                .orElseThrow();
        assertTrue(pirate.contains("\"reasons\":[\"no licence for 88.80 MHz (a pirate station)\""), pirate);

        List<String> positions = lines.stream().filter(l -> l.contains("\"type\":\"position\",\"id\":\"blaster\"")).toList();
        assertEquals(9, positions.size(), "every 30 s over 4 minutes, both ends included");
        assertTrue(positions.get(0).contains("\"time\":\"2026-11-24T08:00:00Z\",\"lat\":51.225000,\"lon\":6.765000,\"on\":false"),
                positions.get(0));
        assertTrue(positions.get(1).endsWith("\"on\":true}"));
        assertEquals(1, lines.stream().filter(l -> l.contains("\"type\":\"position\",\"id\":\"site1-1\"")).count());

        List<String> transactions = lines.stream().filter(l -> l.startsWith("{\"type\":\"transaction\"")).toList();
        assertEquals(first.transactions().stream().filter(GsmVisit.class::isInstance).count(), transactions.size());
        List<String> connections = lines.stream().filter(l -> l.startsWith("{\"type\":\"connection\"")).toList();
        assertEquals(first.transactions().stream().filter(LteVisit.class::isInstance).count(), connections.size());
        assertTrue(connections.size() >= 3, "the LTE catcher serves 2 UEs a minute for 4 minutes");
        connections.forEach(c -> assertTrue(c.matches("\\{\"type\":\"connection\",\"emitter\":\"lte\",\"time\":\"[^\"]+Z\","
                + "\"identityRequests\":\\[],\"security\":\"none\",\"attachRejectCause\":null,\"redirectArfcn\":70}"), c));
        Pattern blasterLine = Pattern.compile("\\{\"type\":\"transaction\",\"emitter\":\"blaster\",\"time\":\"[^\"]+Z\","
                + "\"subChannel\":[0-7],\"tmsi\":\"0x[0-9a-f]{8}\",\"identityRequests\":\\[\"IMSI\",\"IMEI\"],\"cipher\":0,"
                + "\"visible\":true,\"smsParts\":1,\"luRejectCause\":13}");
        List<String> matched = new ArrayList<>();
        for (String t : transactions) {
            Matcher m = blasterLine.matcher(t);
            if (m.matches()) {
                matched.add(t);
            }
        }
        assertEquals(first.transactions().stream().filter(t -> t.emitter().equals("blaster")).count(), matched.size());
    }
}
