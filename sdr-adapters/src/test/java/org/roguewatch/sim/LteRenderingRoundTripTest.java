package org.roguewatch.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.lte.nas.EmmAttachReject;
import org.roguewatch.lte.nas.EmmAuthenticationRequest;
import org.roguewatch.lte.nas.EmmIdentityRequest;
import org.roguewatch.lte.nas.EmmSecurityModeCommand;
import org.roguewatch.lte.nas.NasPdu;
import org.roguewatch.lte.nas.SecurityHeaderTypes;
import org.roguewatch.lte.rrc.DlInformationTransfer;
import org.roguewatch.lte.rrc.GeranCarrierGroup;
import org.roguewatch.lte.rrc.InterFreqCarrier;
import org.roguewatch.lte.rrc.MasterInformationBlock;
import org.roguewatch.lte.rrc.OtherRrcMessage;
import org.roguewatch.lte.rrc.Paging;
import org.roguewatch.lte.rrc.PagingRecord;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo;
import org.roguewatch.lte.rrc.RrcConnectionRelease;
import org.roguewatch.lte.rrc.RrcSecurityModeCommand;
import org.roguewatch.lte.rrc.SchedulingInfo;
import org.roguewatch.lte.rrc.Sib2;
import org.roguewatch.lte.rrc.Sib3;
import org.roguewatch.lte.rrc.Sib5;
import org.roguewatch.lte.rrc.Sib6;
import org.roguewatch.lte.rrc.Sib7;
import org.roguewatch.lte.rrc.SystemInformation;
import org.roguewatch.lte.rrc.SystemInformationBlock;
import org.roguewatch.lte.rrc.SystemInformationBlockType1;
import org.roguewatch.lte.rrc.UtraCarrier;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.render.LteCellRenderer;
import org.roguewatch.sim.render.LteVisit;
import org.roguewatch.sim.render.RenderContext;
import org.roguewatch.sim.render.Transmission;
import org.roguewatch.sim.render.TruthEvent;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.LteBands;
import org.roguewatch.sim.scenario.LteCell;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;

/**
 * Every LTE frame of a simulated town, read back with our own decoders (LteRrcDecoder, NasDecoder),
 * says what the scenario put in: each frame is one its cell sent at that instant, with the cell's
 * PLMN, TAC, ECI, band, SI schedule, reselection priorities and neighbour carriers; paging
 * identities; each RRC connection's NAS types, algorithms, reject cause and redirection target;
 * signal = the link budget's level and SNR = the SINR over noise and co-channel cells.
 */
class LteRenderingRoundTripTest {
    @TempDir
    static Path directory;

    private static Scenario scenario;
    private static SimulationSummary summary;
    private static final Map<String, List<HeardLteFrame>> HEARD = new LinkedHashMap<>();
    /** What each LTE cell sent: time (ns) and EARFCN to the transmissions then. */
    private static final Map<String, List<Transmission>> SENT = new HashMap<>();
    /** The cell that sent each heard frame, per probe, in frame order. */
    private static final Map<String, List<LteCell>> SENDER = new LinkedHashMap<>();

    @BeforeAll
    static void simulate() throws IOException {
        scenario = TestScenarios.lteTown();
        summary = SimulatedAir.run(scenario, directory, SimulationListener.NONE);
        List<Emitter> emitters = scenario.emitters();
        LteCellRenderer renderer = new LteCellRenderer();
        for (int i = 0; i < emitters.size(); i++) {
            if (emitters.get(i) instanceof LteCell cell) {
                for (Transmission t : renderer.render(cell, new RenderContext(scenario, i, new ArrayList<>()))) {
                    SENT.computeIfAbsent(t.offsetNanos() + "/" + cell.earfcn(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        for (SimulationSummary.ProbeOutput probe : summary.probes()) {
            List<HeardLteFrame> frames = HeardLteFrame.read(probe.pcap());
            HEARD.put(probe.probe(), frames);
            List<LteCell> senders = new ArrayList<>();
            for (HeardLteFrame frame : frames) {
                senders.add(sender(frame));
            }
            SENDER.put(probe.probe(), senders);
        }
    }

    /** The one cell that sent exactly this frame on this EARFCN at this instant. */
    private static LteCell sender(HeardLteFrame frame) {
        long at = Duration.between(scenario.start(), frame.time()).toNanos();
        List<LteCell> cells = SENT.getOrDefault(at + "/" + frame.header().arfcn(), List.of()).stream()
                .filter(t -> Arrays.equals(t.payload(), frame.payload()) && t.header().type() == frame.header().type()
                        && t.header().subType() == frame.header().subType()
                        && t.header().frameNumber() == frame.header().frameNumber())
                .map(t -> (LteCell) t.emitter()).distinct().toList();
        assertEquals(1, cells.size(), () -> "frame " + frame.number() + " was sent by " + cells);
        return cells.get(0);
    }

    private static LteCell cell(String id) {
        return (LteCell) scenario.emitters().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Probe probe(String id) {
        return scenario.probes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theTownHasTwoLteCarriersOnEverySectorAndBothProbesHearLte() {
        assertEquals(42, scenario.lteCells().size(), "7 sites x 3 sectors x 2 carriers");
        assertEquals(Set.of(6300, 1300), scenario.lteCells().stream().map(LteCell::earfcn).collect(Collectors.toSet()));
        assertEquals(List.of(), summary.notRendered());
        for (String probe : List.of("roof", "van")) {
            assertTrue(HEARD.get(probe).size() > 1000, probe + " heard " + HEARD.get(probe).size());
            for (HeardLteFrame frame : HEARD.get(probe)) {
                assertFalse(frame.header().uplink());
                assertTrue(frame.header().type() == GsmtapType.LTE_RRC || frame.header().type() == GsmtapType.LTE_NAS);
                assertTrue(frame.header().frameNumber() < 10240, "10 x SFN + subframe");
            }
        }
    }

    @Test
    void broadcastsCarryTheSendingCellsIdentityScheduleAndPriorities() {
        Map<String, Integer> checked = new TreeMap<>();
        for (Map.Entry<String, List<HeardLteFrame>> entry : HEARD.entrySet()) {
            List<LteCell> senders = SENDER.get(entry.getKey());
            for (int i = 0; i < entry.getValue().size(); i++) {
                HeardLteFrame frame = entry.getValue().get(i);
                LteCell cell = senders.get(i);
                assertEquals(cell.earfcn(), frame.header().arfcn());
                long fn = frame.header().frameNumber();
                LteMessage m = frame.message();
                if (m instanceof MasterInformationBlock mib) {
                    assertEquals(LteRrcChannel.BCCH_BCH, frame.header().subType());
                    assertEquals(0, fn % 640, "a cycle opens with its MIB, subframe 0 of SFN mod 64 = 0");
                    assertEquals(fn / 10 >> 2, mib.systemFrameNumberHigh8());
                    assertEquals(50, mib.dlBandwidthRb());
                } else if (m instanceof SystemInformationBlockType1 sib1) {
                    assertEquals(5, fn % 80, "SIB1: subframe 5 of SFN mod 8 = 0");
                    assertEquals(cell.mcc(), sib1.plmns().get(0).mcc());
                    assertEquals(cell.mnc(), sib1.plmns().get(0).mnc());
                    assertEquals(cell.tac(), sib1.trackingAreaCode());
                    assertEquals(cell.eci(), sib1.cellIdentity());
                    assertEquals(LteBands.band(cell.earfcn()), sib1.freqBandIndicator());
                    assertEquals(expectedSchedule(cell), sib1.schedulingInfo());
                    assertEquals(20, sib1.siWindowLengthMs());
                } else if (m instanceof SystemInformation si) {
                    systemInformation(cell, si, fn);
                } else {
                    continue;
                }
                checked.merge(m.name(), 1, Integer::sum);
            }
        }
        assertTrue(checked.get("SystemInformationBlockType1") > 500, checked.toString());
        assertTrue(checked.get("SystemInformation") > 500, checked.toString());
        assertTrue(checked.get("MasterInformationBlock") > 50, checked.toString());
    }

    /** SI-1 {SIB2, SIB3} every 16 frames, SI-2 {SIB5} 32, SI-3 {SIB6} and SI-4 {SIB7} 64; SIB2 unlisted. */
    private static List<SchedulingInfo> expectedSchedule(LteCell cell) {
        List<SchedulingInfo> expected = new ArrayList<>(List.of(new SchedulingInfo(16, List.of(3))));
        if (!cell.eutraNeighbours().isEmpty()) {
            expected.add(new SchedulingInfo(32, List.of(5)));
        }
        if (!cell.parameters().utraNeighbours().isEmpty()) {
            expected.add(new SchedulingInfo(64, List.of(6)));
        }
        if (!cell.geranNeighbours().isEmpty()) {
            expected.add(new SchedulingInfo(64, List.of(7)));
        }
        return expected;
    }

    private static void systemInformation(LteCell cell, SystemInformation si, long fn) {
        List<Integer> types = si.sibs().stream().map(SystemInformationBlock::type).toList();
        List<SchedulingInfo> schedule = expectedSchedule(cell);
        int n = 0;
        while (n < schedule.size() && !(n == 0 ? List.of(2, 3) : schedule.get(n).sibTypes()).equals(types)) {
            n++;
        }
        assertTrue(n < schedule.size(), "an SI message the schedule names: " + types);
        // TS 36.331 5.2.3: window n starts at x = (n - 1) x 20 ms, SFN mod T = floor(x / 10), subframe x mod 10.
        assertEquals(0, fn % 10);
        assertEquals(2L * n, (fn / 10) % schedule.get(n).siPeriodicityRadioFrames(), "SI-" + (n + 1) + " window");
        int priority = cell.parameters().ltePriority();
        for (SystemInformationBlock sib : si.sibs()) {
            if (sib instanceof Sib2 sib2) {
                assertEquals(cell.earfcn() + 18000, sib2.ulCarrierFreq());
                assertEquals(128, sib2.defaultPagingCycleRadioFrames());
            } else if (sib instanceof Sib3 sib3) {
                assertEquals(priority, sib3.cellReselectionPriority());
            } else if (sib instanceof Sib5 sib5) {
                assertEquals(cell.eutraNeighbours(), sib5.carriers().stream().map(InterFreqCarrier::dlCarrierFreq).toList());
                sib5.carriers().forEach(c -> assertEquals(priority, c.cellReselectionPriority()));
            } else if (sib instanceof Sib6 sib6) {
                assertEquals(cell.parameters().utraNeighbours(), sib6.fdd().stream().map(UtraCarrier::uarfcn).toList());
                sib6.fdd().forEach(c -> assertEquals(cell.parameters().utraPriority(), c.cellReselectionPriority()));
            } else if (sib instanceof Sib7 sib7) {
                assertEquals(cell.geranNeighbours(), sib7.groups().stream().flatMap(g -> g.arfcns().stream()).toList());
                for (GeranCarrierGroup group : sib7.groups()) {
                    assertEquals(cell.parameters().geranPriority(), group.cellReselectionPriority());
                }
            }
        }
    }

    @Test
    void theOperatorsCellsPutLteAboveLegacyRatsAndTheCatcherPutsGeranAboveLte() {
        for (LteCell cell : scenario.lteCells()) {
            assertEquals(6, cell.parameters().ltePriority());
            assertFalse(cell.parameters().prefersLegacyRat(), cell.id());
            assertEquals(List.of(cell.earfcn() == 6300 ? 1300 : 6300), cell.eutraNeighbours());
            assertEquals(8, cell.geranNeighbours().size(), "the GSM carriers of the 8 nearest GSM cells");
        }
        LteCell catcher = cell("catcher");
        assertEquals(7, catcher.parameters().geranPriority());
        assertTrue(catcher.parameters().prefersLegacyRat());
        assertTrue(catcher.geranNeighbours().contains(70), "it names the GSM carrier it sends UEs to");
        LteCell clone = cell("clone");
        LteCell original = cell("site2-1-1300");
        assertEquals(original.ecgi(), clone.ecgi());
        assertEquals(1350, clone.earfcn());
        assertTrue(clone.rogueReasons().get(0).startsWith("clones the identity of site2-1-1300"), clone.rogueReasons().toString());
    }

    @Test
    void pagingNamesSTmsisOnOperatorCellsAndTheCatchersImsis() {
        Map<String, Integer> imsis = new TreeMap<>();
        int sTmsi = 0;
        for (Map.Entry<String, List<HeardLteFrame>> entry : HEARD.entrySet()) {
            for (int i = 0; i < entry.getValue().size(); i++) {
                HeardLteFrame frame = entry.getValue().get(i);
                if (!(frame.message() instanceof Paging paging)) {
                    continue;
                }
                LteCell cell = SENDER.get(entry.getKey()).get(i);
                assertEquals(LteRrcChannel.PCCH, frame.header().subType());
                assertEquals(9, frame.header().frameNumber() % 10, "paging occasion: subframe 9");
                assertFalse(paging.records().isEmpty());
                for (PagingRecord record : paging.records()) {
                    assertEquals("ps", record.cnDomain());
                    if (cell.rogue()) {
                        assertEquals(PagingRecord.UeIdentityType.IMSI, record.type());
                        assertTrue(cell.behaviour().pagingImsis().contains(record.imsi()), record.imsi());
                        imsis.merge(record.imsi(), 1, Integer::sum);
                    } else {
                        assertEquals(PagingRecord.UeIdentityType.S_TMSI, record.type());
                        assertTrue(record.mmec() >= 1 && record.mmec() <= 4, "one of the operator's MME codes");
                        sTmsi++;
                    }
                }
            }
        }
        assertEquals(Set.of("262029876543210", "262020123456789"), imsis.keySet(), "the catcher pages both in turn");
        assertTrue(sTmsi > 20, "S-TMSI records heard: " + sTmsi);
    }

    /** The connections a probe heard from each cell: frames from one RRCConnectionSetup to the next. */
    private static Map<LteCell, List<List<HeardLteFrame>>> connections(String probe) {
        Map<LteCell, List<List<HeardLteFrame>>> out = new LinkedHashMap<>();
        List<HeardLteFrame> frames = HEARD.get(probe);
        for (int i = 0; i < frames.size(); i++) {
            HeardLteFrame frame = frames.get(i);
            int sub = frame.header().subType();
            boolean dedicated = frame.nas() || sub == LteRrcChannel.DL_CCCH || sub == LteRrcChannel.DL_DCCH;
            if (!dedicated) {
                continue;
            }
            List<List<HeardLteFrame>> list = out.computeIfAbsent(SENDER.get(probe).get(i), c -> new ArrayList<>());
            if (isSetup(frame.message()) || list.isEmpty()) {
                list.add(new ArrayList<>());
            }
            list.get(list.size() - 1).add(frame);
        }
        return out;
    }

    private static boolean isSetup(LteMessage message) {
        return message instanceof OtherRrcMessage other && other.name().equals("RRCConnectionSetup");
    }

    /** A connection as message names, NAS inside DLInformationTransfer shown as "DL(...)". */
    private static List<String> steps(List<HeardLteFrame> connection) {
        List<String> steps = new ArrayList<>();
        for (HeardLteFrame frame : connection) {
            LteMessage m = frame.message();
            if (frame.nas()) {
                steps.add("NAS " + m.name());
            } else if (m instanceof DlInformationTransfer) {
                steps.add("DL");
            } else {
                steps.add(m.name());
            }
        }
        return steps;
    }

    @Test
    void theCatchersVictimsGetIdentityRequestsNullSecurityARejectAndARedirectionToGsm() {
        LteCell catcher = cell("catcher");
        List<LteVisit> truth = summary.transactions().stream().filter(LteVisit.class::isInstance)
                .map(LteVisit.class::cast).filter(v -> v.emitter().equals("catcher")).toList();
        assertTrue(truth.size() >= 15, "served " + truth.size() + " in 4 minutes at 6 a minute");
        List<List<HeardLteFrame>> heard = connections("roof").get(catcher);
        assertNotNull(heard, "the roof probe camps on the catcher parked below it");
        assertEquals(truth.size(), heard.size(), "the roof probe hears every victim's connection (no fading)");
        for (int i = 0; i < heard.size(); i++) {
            List<HeardLteFrame> connection = heard.get(i);
            assertEquals(truth.get(i).offsetNanos(), Duration.between(scenario.start(), connection.get(0).time()).toNanos());
            assertEquals(List.of("RRCConnectionSetup", "DL", "NAS Identity request", "DL", "NAS Identity request", "DL",
                    "NAS Security mode command", "SecurityModeCommand", "DL", "NAS Attach reject", "RRCConnectionRelease"),
                    steps(connection));
            List<String> asked = new ArrayList<>();
            for (HeardLteFrame frame : connection) {
                LteMessage m = frame.message() instanceof DlInformationTransfer transfer ? nas(transfer) : frame.message();
                if (m instanceof NasPdu pdu && pdu.message() instanceof EmmIdentityRequest request) {
                    asked.add(request.identityType().name());
                } else if (m instanceof NasPdu pdu && pdu.message() instanceof EmmSecurityModeCommand smc) {
                    assertEquals(0, smc.cipheringAlgorithm(), "EEA0");
                    assertEquals(0, smc.integrityAlgorithm(), "EIA0");
                    assertEquals(SecurityHeaderTypes.INTEGRITY_PROTECTED_NEW_CONTEXT, pdu.securityHeaderType());
                } else if (m instanceof RrcSecurityModeCommand smc) {
                    assertEquals("eea0", smc.cipheringName());
                    assertEquals("eia0-v920", smc.integrityName());
                } else if (m instanceof NasPdu pdu && pdu.message() instanceof EmmAttachReject reject) {
                    assertEquals(15, reject.emmCause());
                } else if (m instanceof RrcConnectionRelease release) {
                    assertEquals("other", release.releaseCause());
                    assertEquals(RedirectedCarrierInfo.Rat.GERAN, release.redirectedCarrierInfo().rat());
                    assertEquals(List.of(70), release.redirectedCarrierInfo().carriers());
                }
                assertFalse(m instanceof NasPdu pdu && pdu.message() instanceof EmmAuthenticationRequest,
                        "a catcher has no key to authenticate with");
            }
            assertEquals(List.of("IMSI", "IMSI", "IMEISV", "IMEISV"), asked, "each request in its container and as LTE_NAS");
            assertEquals(List.of("IMSI", "IMEISV"), truth.get(i).identityRequests());
        }
    }

    private static NasPdu nas(DlInformationTransfer transfer) {
        return org.roguewatch.lte.nas.NasDecoder.decode(java.nio.ByteBuffer.wrap(transfer.nasPdu())).valueOrNull();
    }

    @Test
    void genuineAttachesAuthenticateAndGoSilentOnceTheDcchIsCiphered() {
        int attaches = 0;
        int withIdentity = 0;
        // The fixed probe: the van may re-camp in the middle of a connection and hear only part of it.
        for (String probe : List.of("roof")) {
            for (Map.Entry<LteCell, List<List<HeardLteFrame>>> entry : connections(probe).entrySet()) {
                if (entry.getKey().rogue()) {
                    continue;
                }
                for (List<HeardLteFrame> connection : entry.getValue()) {
                    List<String> steps = steps(connection);
                    List<String> full = List.of("RRCConnectionSetup", "DL", "NAS Authentication request", "DL",
                            "NAS Security mode command", "SecurityModeCommand");
                    List<String> identified = new ArrayList<>(full);
                    identified.addAll(1, List.of("DL", "NAS Identity request"));
                    assertTrue(steps.equals(full) || steps.equals(identified), steps.toString());
                    withIdentity += steps.equals(identified) ? 1 : 0;
                    attaches++;
                    for (HeardLteFrame frame : connection) {
                        if (frame.message() instanceof NasPdu pdu && pdu.message() instanceof EmmSecurityModeCommand smc) {
                            assertEquals(2, smc.cipheringAlgorithm(), "128-EEA2");
                            assertEquals(2, smc.integrityAlgorithm(), "128-EIA2");
                        } else if (frame.message() instanceof RrcSecurityModeCommand smc) {
                            assertEquals("eea2", smc.cipheringName());
                            assertEquals("eia2", smc.integrityName());
                        } else if (frame.message() instanceof NasPdu pdu && pdu.message() instanceof EmmIdentityRequest r) {
                            assertEquals("IMSI", r.identityType().name());
                        }
                    }
                }
            }
        }
        assertTrue(attaches >= 20, "genuine attaches heard: " + attaches);
        assertTrue(withIdentity > 0 && withIdentity < attaches, withIdentity + " of " + attaches + " asked for the IMSI");
    }

    @Test
    void everyNasMessageIsSentInItsRrcContainerAndAgainAsLteNas() {
        int pairs = 0;
        for (List<HeardLteFrame> frames : HEARD.values()) {
            for (int i = 0; i < frames.size(); i++) {
                HeardLteFrame frame = frames.get(i);
                if (frame.message() instanceof DlInformationTransfer transfer) {
                    HeardLteFrame copy = frames.get(i + 1);
                    assertTrue(copy.nas(), "the LTE_NAS copy follows its container");
                    assertArrayEquals(transfer.nasPdu(), copy.payload());
                    assertEquals(copy.time(), frame.time());
                    NasPdu pdu = (NasPdu) copy.message();
                    assertEquals(pdu.securityHeaderType() == SecurityHeaderTypes.PLAIN ? 0 : 1, copy.header().subType(),
                            "LTE_NAS sub-type 0 plain, 1 protected");
                    pairs++;
                } else if (frame.nas()) {
                    assertTrue(frames.get(i - 1).message() instanceof DlInformationTransfer, "no LTE_NAS without its container");
                }
            }
        }
        assertTrue(pairs > 100, "pairs " + pairs);
    }

    @Test
    void signalIsTheLinkBudgetsLevelAndSnrTheSinrOverNoiseAndCoChannelCells() {
        LinkBudget budget = new LinkBudget(scenario);
        double load = scenario.propagation().lteLoad();
        double noiseMw = Math.pow(10, (scenario.propagation().noiseFloorDbm() + 10 * Math.log10(9e6 / 200e3)) / 10);
        int checked = 0;
        for (Map.Entry<String, List<HeardLteFrame>> entry : HEARD.entrySet()) {
            Probe probe = probe(entry.getKey());
            for (int i = 0; i < entry.getValue().size(); i++) {
                HeardLteFrame frame = entry.getValue().get(i);
                LteCell cell = SENDER.get(entry.getKey()).get(i);
                long at = Duration.between(scenario.start(), frame.time()).toNanos();
                double level = budget.receivedDbm(cell, probe, at);
                double interference = 0;
                for (Emitter other : scenario.emitters()) {
                    if (other instanceof LteCell c && c != cell && c.earfcn() == cell.earfcn() && c.schedule().isOn(at)) {
                        interference += Math.pow(10, budget.receivedDbm(c, probe, at) / 10);
                    }
                }
                assertEquals(level, frame.header().signalDbm(), 0.51, () -> entry.getKey() + " " + frame);
                double sinr = level - 10 * Math.log10(noiseMw + load * interference);
                assertEquals(sinr, frame.header().snrDb(), 0.51, () -> entry.getKey() + " " + frame);
                assertTrue(sinr >= -3 - 0.01, "nothing is decoded below the PBCH operating point");
                if (!(frame.message() instanceof MasterInformationBlock)) {
                    assertTrue(sinr >= 1 - 0.01, "PDSCH frames need 1 dB: " + sinr);
                }
                checked++;
            }
        }
        assertTrue(checked > 3000, "checked " + checked);
    }

    @Test
    void oneFullSiCycleOutOfTheDecimationPerCell() {
        int decimation = scenario.render().lteSiDecimation();
        Map<String, List<Long>> mibTimes = new TreeMap<>();
        Map<String, Map<Long, Map<String, Integer>>> perCycle = new TreeMap<>();
        List<HeardLteFrame> frames = HEARD.get("roof");
        for (int i = 0; i < frames.size(); i++) {
            HeardLteFrame frame = frames.get(i);
            String sub = frame.header().subType() == LteRrcChannel.BCCH_BCH ? "MIB"
                    : frame.message() instanceof SystemInformationBlockType1 ? "SIB1"
                    : frame.message() instanceof SystemInformation si ? si.info() : null;
            if (sub == null) {
                continue;
            }
            LteCell cell = SENDER.get("roof").get(i);
            long ms = Duration.between(scenario.start(), frame.time()).toMillis();
            if (sub.equals("MIB")) {
                mibTimes.computeIfAbsent(cell.id(), c -> new ArrayList<>()).add(ms);
                perCycle.computeIfAbsent(cell.id(), c -> new TreeMap<>()).put(ms, new TreeMap<>());
            }
            Map<Long, Map<String, Integer>> cycles = perCycle.get(cell.id());
            if (cycles != null && !cycles.isEmpty()) {
                cycles.get(((TreeMap<Long, Map<String, Integer>>) cycles).floorKey(ms)).merge(sub, 1, Integer::sum);
            }
        }
        assertTrue(mibTimes.containsKey("catcher"), mibTimes.keySet().toString());
        for (List<Long> times : mibTimes.values()) {
            for (int i = 1; i < times.size(); i++) {
                assertEquals(0, (times.get(i) - times.get(i - 1)) % (640L * decimation),
                        "cycles " + (640 * decimation) + " ms apart");
            }
        }
        Map<String, Integer> full = Map.of("MIB", 1, "SIB1", 8, "[ SIB2 SIB3 ]", 4, "[ SIB5 ]", 2, "[ SIB6 ]", 1,
                "[ SIB7 ]", 1);
        int fullCycles = 0;
        for (Map<Long, Map<String, Integer>> cycles : perCycle.values()) {
            for (Map<String, Integer> cycle : cycles.values()) {
                fullCycles += cycle.equals(full) ? 1 : 0;
            }
        }
        assertTrue(fullCycles >= 20, "whole 640 ms cycles heard at the roof: " + fullCycles);
    }

    @Test
    void aPlansLteRowsAreRenderedWithThePlansIdentity() throws Exception {
        Path dir = Files.createDirectories(directory.resolve("planned"));
        Files.writeString(dir.resolve("plan.csv"), """
                radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon,azimuth_deg,beamwidth_deg,eirp_dbm,height_m
                GSM,262,02,318,11225,725,5-2,51.2277,6.7735,0,65,58,30
                LTE,262,02,45101,40985857,6300,123,51.2277,6.7735,0,65,58,30
                LTE,262,02,45101,40985858,1300,123,51.2277,6.7735,0,65,58,30
                """);
        Files.writeString(dir.resolve("s.scenario"), """
                [scenario]
                duration = 1m
                [area]
                origin = 51.2277, 6.7735
                width_m = 2000
                height_m = 2000
                [render]
                lte_si_decimation = 2
                [network]
                plan = plan.csv
                lte_priority = 4
                [probe p]
                position = 51.2300, 6.7735
                """);
        Scenario planned = org.roguewatch.sim.scenario.ScenarioLoader.load(dir.resolve("s.scenario"));
        SimulationSummary run = SimulatedAir.run(planned, dir.resolve("out"), SimulationListener.NONE);
        Map<Long, Integer> sib1ByEci = new TreeMap<>();
        for (HeardLteFrame frame : HeardLteFrame.read(run.probes().get(0).pcap())) {
            if (frame.message() instanceof SystemInformationBlockType1 sib1) {
                assertEquals(45101, sib1.trackingAreaCode());
                assertEquals("262-02", sib1.plmns().get(0).toString());
                assertEquals(sib1.cellIdentity() == 40985857 ? 6300 : 1300, frame.header().arfcn());
                sib1ByEci.merge(sib1.cellIdentity(), 1, Integer::sum);
            } else if (frame.message() instanceof SystemInformation si && si.sibs().get(0) instanceof Sib2) {
                assertEquals(4, ((Sib3) si.sibs().get(1)).cellReselectionPriority());
            }
        }
        assertEquals(Set.of(40985857L, 40985858L), sib1ByEci.keySet(), "both planned cells are heard");
        assertEquals(Set.of("lte-40985857", "lte-40985858"), run.probes().get(0).framesByEmitter().keySet().stream()
                .filter(id -> id.startsWith("lte-")).collect(Collectors.toSet()));
    }

    @Test
    void theGroundTruthListsTheCatcherWhyAndEveryVictim() throws IOException {
        List<String> lines = Files.readAllLines(directory.resolve(SimulatedAir.GROUND_TRUTH));
        String catcher = lines.stream().filter(l -> l.startsWith("{\"type\":\"emitter\",\"id\":\"catcher\"")).findFirst()
                .orElseThrow();
        for (String reason : List.of("identity 262-02 TAC 4712 ECI 12345678 is not in the operator's plan",
                "TAC 4712 exists nowhere in the network", "SIB7 gives GERAN priority 7 above LTE's 6",
                "asks UEs for their IMSI and IMEISV without authentication", "commands EEA0/EIA0",
                "rejects attaches with EMM cause #15", "redirects UEs to GSM ARFCN 70", "pages 2 IMSI(s) in clear",
                "transmits only 1m-5m after the start")) {
            assertTrue(catcher.contains(reason), reason + " in " + catcher);
        }
        assertTrue(catcher.contains("\"rendered\":true") && catcher.contains("\"radio\":\"LTE\"")
                && catcher.contains("\"earfcn\":6300") && catcher.contains("\"geranPriority\":7"), catcher);
        long connections = lines.stream().filter(l -> l.startsWith("{\"type\":\"connection\",\"emitter\":\"catcher\"")
                && l.contains("\"identityRequests\":[\"IMSI\",\"IMEISV\"],\"security\":\"EEA0/EIA0\",\"attachRejectCause\":15,"
                + "\"redirectArfcn\":70")).count();
        assertEquals(summary.transactions().stream().filter(t -> t.emitter().equals("catcher")).count(), connections);
        List<TruthEvent> lte = summary.transactions().stream().filter(LteVisit.class::isInstance).toList();
        assertTrue(lte.stream().allMatch(t -> t.emitter().equals("catcher")), "operator attaches are not rogue events");
        assertNull(cell("site1-1-6300").behaviour());
    }
}
