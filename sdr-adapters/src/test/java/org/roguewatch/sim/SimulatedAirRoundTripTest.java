package org.roguewatch.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.UmOutcome;
import org.roguewatch.gsm.mm.IdentityRequest;
import org.roguewatch.gsm.mm.LocationUpdatingAccept;
import org.roguewatch.gsm.mm.LocationUpdatingReject;
import org.roguewatch.gsm.rr.ChannelRelease;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.gsm.rr.ImmediateAssignment;
import org.roguewatch.gsm.rr.PagingRequest;
import org.roguewatch.gsm.rr.SystemInformation1;
import org.roguewatch.gsm.rr.SystemInformation13;
import org.roguewatch.gsm.rr.SystemInformation2;
import org.roguewatch.gsm.rr.SystemInformation2quater;
import org.roguewatch.gsm.rr.SystemInformation2ter;
import org.roguewatch.gsm.rr.SystemInformation3;
import org.roguewatch.gsm.rr.SystemInformation4;
import org.roguewatch.gsm.rr.SystemInformation5;
import org.roguewatch.gsm.rr.SystemInformation6;
import org.roguewatch.gsm.sms.CpData;
import org.roguewatch.gsm.sms.RpData;
import org.roguewatch.gsm.sms.SmsDeliver;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.render.GsmVisit;
import org.roguewatch.sim.scenario.GsmCell;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.SiParameters;

/**
 * Every frame of a simulated town, read back with our own decoders, says what the scenario put in:
 * identities and SI parameters per cell, the BCCH schedule, levels from the link budget, and the
 * rogue cells' transactions.
 */
class SimulatedAirRoundTripTest {
    @TempDir
    static Path directory;

    private static Scenario scenario;
    private static SimulationSummary summary;
    private static final Map<String, List<HeardFrame>> HEARD = new LinkedHashMap<>();
    private static final Map<Integer, GsmCell> BY_ARFCN = new HashMap<>();

    @BeforeAll
    static void simulate() throws IOException {
        scenario = TestScenarios.town();
        summary = SimulatedAir.run(scenario, directory, SimulationListener.NONE);
        for (SimulationSummary.ProbeOutput probe : summary.probes()) {
            // The GSM frames; the LTE catcher's are LteRenderingRoundTripTest's subject.
            HEARD.put(probe.probe(), HeardFrame.read(probe.pcap()).stream()
                    .filter(f -> f.header().type() == GsmtapType.UM).toList());
        }
        scenario.gsmCells().forEach(c -> BY_ARFCN.put(c.arfcn(), c));
        scenario.rogues().stream().filter(GsmCell.class::isInstance).map(GsmCell.class::cast)
                .forEach(c -> BY_ARFCN.put(c.arfcn(), c));
        assertEquals(23, BY_ARFCN.size(), "the town gives every GSM cell its own carrier");
    }

    private static List<HeardFrame> centre() {
        return HEARD.get("centre");
    }

    private static GsmCell cell(String id) {
        return BY_ARFCN.values().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyFrameIsGsmtapUmDownlinkThatOurDecodersRead() {
        Set<String> noMessage = new HashSet<>();
        for (SimulationSummary.ProbeOutput probe : summary.probes()) {
            List<HeardFrame> frames = HEARD.get(probe.probe());
            assertEquals(probe.frames() - probe.framesByEmitter().getOrDefault("lte", 0L), frames.size());
            assertTrue(frames.size() > 1000, probe.probe() + " heard " + frames.size());
            for (HeardFrame frame : frames) {
                GsmtapHeader h = frame.header();
                assertFalse(h.uplink());
                assertEquals(GsmtapHeader.DEFAULT_UDP_PORT, frame.destinationPort());
                assertNotNull(BY_ARFCN.get(h.arfcn()), "ARFCN " + h.arfcn() + " is a scenario cell");
                assertFalse(frame.outcome() instanceof UmOutcome.Bad, () -> frame + " is malformed");
                if (frame.outcome() instanceof UmOutcome.NoMessage none) {
                    noMessage.add(none.what());
                }
            }
        }
        assertEquals(Set.of("lapdm.segment", "lapdm.contention-resolution-echo", "lapdm.SABM"), noMessage);
    }

    @Test
    void systemInformationCarriesEachCellsIdentityAndParameters() {
        Map<Integer, Set<String>> typesByArfcn = new TreeMap<>();
        for (HeardFrame frame : centre()) {
            GsmMessage message = frame.message();
            int arfcn = frame.header().arfcn();
            GsmCell cell = BY_ARFCN.get(arfcn);
            SiParameters si = cell.si();
            if (frame.header().subType() == GsmtapChannel.BCCH) {
                typesByArfcn.computeIfAbsent(arfcn, a -> new HashSet<>()).add(message.name());
            }
            if (message instanceof SystemInformation3 si3) {
                assertEquals(cell.ci(), si3.cellIdentity());
                assertEquals(cell.mcc(), si3.lai().mcc());
                assertEquals(cell.mnc(), si3.lai().mnc());
                assertEquals(cell.lac(), si3.lai().lac());
                assertEquals(si.t3212(), si3.controlChannel().t3212());
                assertEquals(si.cellReselectOffset(), si3.restOctets().selection().cellReselectOffset());
                assertEquals(si.penaltyTime(), si3.restOctets().selection().penaltyTime());
                assertEquals(si.rxlevAccessMin(), si3.cellSelection().rxlevAccessMin());
                assertEquals(si.gprs(), si3.restOctets().gprs() != null);
                assertEquals(si.si2ter(), si3.restOctets().si2terAvailable());
                assertEquals(si.si2quater(), si3.restOctets().si2quaterPresent());
            } else if (message instanceof SystemInformation4 si4) {
                assertEquals(cell.lac(), si4.lai().lac());
                assertEquals(si.cellReselectOffset(), si4.restOctets().selection().cellReselectOffset());
            } else if (message instanceof SystemInformation2 si2) {
                assertArrayEquals(cell.neighbours().stream().mapToInt(Integer::intValue).toArray(), si2.neighbours().arfcns());
                assertEquals(si.nccPermitted(), si2.nccPermitted());
            } else if (message instanceof SystemInformation1 si1) {
                assertArrayEquals(new int[] {arfcn}, si1.cellChannels().arfcns());
            } else if (message instanceof SystemInformation2quater q) {
                assertEquals(si.eutranNeighbours(), q.restOctets().eutranNeighbours().stream()
                        .map(e -> e.earfcn()).toList());
                assertEquals(si.geranPriority(), q.restOctets().servingCellPriority().geranPriority());
            } else if (message instanceof SystemInformation5 si5) {
                assertArrayEquals(cell.neighbours().stream().mapToInt(Integer::intValue).toArray(), si5.neighbours().arfcns());
            } else if (message instanceof SystemInformation6 si6) {
                assertEquals(cell.ci(), si6.cellIdentity());
            }
        }
        GsmCell legit = cell("site1-1");
        assertEquals(8, legit.neighbours().size(), "the operator's BA lists name the 8 nearest carriers");
        assertEquals(Set.of("System Information Type 1", "System Information Type 2", "System Information Type 2ter",
                "System Information Type 2quater", "System Information Type 3", "System Information Type 4",
                "System Information Type 13"), typesByArfcn.get(legit.arfcn()));
        assertEquals(Set.of("System Information Type 1", "System Information Type 2", "System Information Type 3",
                "System Information Type 4"), typesByArfcn.get(70), "the blaster sends no SI13, SI2ter, SI2quater");
        assertEquals(23, typesByArfcn.size(), "the centre probe hears every cell's BCCH, the rogues' too");
    }

    @Test
    void bcchFollowsTheTs45002ScheduleAtTheConfiguredDecimation() {
        Map<Integer, List<Long>> si1Frames = new TreeMap<>();
        for (HeardFrame frame : centre()) {
            if (frame.header().subType() != GsmtapChannel.BCCH) {
                continue;
            }
            long fn = frame.header().frameNumber();
            int tc = (int) ((fn / 51) % 8);
            String name = frame.message().name();
            if (fn % 51 == 6) {
                assertEquals(5, tc, "BCCH Ext is used at TC 5 only");
                assertEquals("System Information Type 2quater", name);
                continue;
            }
            assertEquals(2, fn % 51, "BCCH Norm starts at frame 2 of the 51-multiframe");
            String expected = switch (tc) {
                case 0 -> "System Information Type 1";
                case 1 -> "System Information Type 2";
                case 2, 6 -> "System Information Type 3";
                case 3, 7 -> "System Information Type 4";
                case 4 -> "System Information Type 13";
                default -> "System Information Type 2ter";
            };
            assertEquals(expected, name, "TC " + tc);
            if (tc == 0) {
                si1Frames.computeIfAbsent(frame.header().arfcn(), a -> new ArrayList<>()).add(fn);
            }
        }
        int decimation = scenario.render().siDecimation();
        for (List<Long> frames : si1Frames.values()) {
            for (int i = 1; i < frames.size(); i++) {
                assertEquals(decimation * 408L, frames.get(i) - frames.get(i - 1),
                        "one 8-multiframe cycle out of " + decimation);
            }
        }
        double cycleSeconds = 408 * 60.0 / 13 / 1000;
        assertEquals(1.883, cycleSeconds, 0.001);
    }

    @Test
    void levelsAreTheLinkBudgetAtTheProbeAndSnrIsOverTheNoiseFloor() {
        LinkBudget budget = new LinkBudget(scenario);
        double noise = scenario.propagation().noiseFloorDbm();
        int checked = 0;
        for (Probe probe : scenario.probes()) {
            for (HeardFrame frame : HEARD.get(probe.id())) {
                GsmCell cell = BY_ARFCN.get(frame.header().arfcn());
                long offset = Duration.between(scenario.start(), frame.time()).toNanos();
                double expected = budget.receivedDbm(cell, probe, offset);
                // GSMTAP carries whole dBm; the pcap's µs time stamp moves the van by micrometres.
                assertEquals(expected, frame.header().signalDbm(), 0.51,
                        () -> probe.id() + " " + cell.id() + " at " + frame.time());
                assertEquals(expected - noise, frame.header().snrDb(), 0.51);
                checked++;
            }
        }
        assertTrue(checked > 5000);
    }

    @Test
    void blasterTransactionsDecodeToItsConfiguredBehaviour() {
        List<GsmVisit> served = summary.transactions().stream().filter(GsmVisit.class::isInstance)
                .map(GsmVisit.class::cast).filter(t -> t.emitter().equals("blaster")).toList();
        assertTrue(served.size() >= 5, "served " + served.size());
        Map<String, Integer> counts = new TreeMap<>();
        GsmCell blaster = cell("blaster");
        for (HeardFrame frame : centre()) {
            if (frame.header().arfcn() != 70 || frame.message() == null) {
                continue;
            }
            GsmMessage m = frame.message();
            counts.merge(m.getClass().getSimpleName() + (m instanceof IdentityRequest r ? " " + r.identityType() : ""), 1,
                    Integer::sum);
            if (m instanceof CipheringModeCommand cmc) {
                assertFalse(cmc.startCiphering());
                assertEquals(0, cmc.algorithm());
            } else if (m instanceof LocationUpdatingReject reject) {
                assertEquals(13, reject.rejectCause());
            } else if (m instanceof CpData cp) {
                SmsDeliver deliver = (SmsDeliver) ((RpData) cp.rp()).tpdu();
                assertEquals("95588", deliver.originatingAddress().value());
                assertEquals(blaster.behaviour().smsText(), deliver.text());
            } else if (m instanceof ImmediateAssignment ia) {
                assertEquals("SDCCH/8", ia.channel().channelType());
                assertEquals(1, ia.channel().timeslot());
                assertEquals(70, ia.channel().arfcn());
                assertEquals(blaster.bsic() & 7, ia.channel().tsc());
            } else if (m instanceof ChannelRelease release) {
                assertEquals(0, release.rrCause());
            }
        }
        int n = served.size();
        assertEquals(n, counts.get("ImmediateAssignment"));
        assertEquals(n, counts.get("IdentityRequest IMSI"));
        assertEquals(n, counts.get("IdentityRequest IMEI"));
        assertEquals(n, counts.get("CipheringModeCommand"));
        assertEquals(n, counts.get("CpData"));
        assertEquals(n, counts.get("LocationUpdatingReject"));
        assertEquals(n, counts.get("ChannelRelease"));
        assertNull(counts.get("LocationUpdatingAccept"), "rejected, never accepted");
        assertTrue(counts.get("SystemInformation5") >= n && counts.get("SystemInformation6") >= n, counts.toString());
        served.forEach(t -> assertEquals(List.of("IMSI", "IMEI"), t.identityRequests()));
    }

    @Test
    void aCipheringCloneShowsItsStolenIdentityAndNothingAfterTheCipherCommand() {
        GsmCell clone = cell("clone");
        GsmCell original = cell("site3-2");
        assertEquals(original.cgi(), clone.cgi());
        int served = (int) summary.transactions().stream().filter(t -> t.emitter().equals("clone")).count();
        assertTrue(served >= 2, "served " + served);
        Map<String, Integer> counts = new TreeMap<>();
        for (HeardFrame frame : centre()) {
            if (frame.header().arfcn() == 80 && frame.message() != null) {
                counts.merge(frame.message().getClass().getSimpleName(), 1, Integer::sum);
                if (frame.message() instanceof CipheringModeCommand cmc) {
                    assertTrue(cmc.startCiphering());
                    assertEquals(1, cmc.algorithm());
                }
                if (frame.message() instanceof SystemInformation3 si3) {
                    assertEquals(original.ci(), si3.cellIdentity());
                    assertEquals(original.lac(), si3.lai().lac());
                }
            }
        }
        assertEquals(served, counts.get("IdentityRequest"));
        assertEquals(served, counts.get("CipheringModeCommand"));
        for (String after : List.of("LocationUpdatingAccept", "ChannelRelease", "CpData", "LocationUpdatingReject")) {
            assertNull(counts.get(after), after + " is ciphered: a passive probe cannot read it");
        }
        assertTrue(summary.transactions().stream().filter(t -> t.emitter().equals("clone"))
                .map(GsmVisit.class::cast).noneMatch(GsmVisit::visibleToProbes));
        assertTrue(counts.get("SystemInformation13") > 0, "the clone copies the operator's GPRS");
        assertNull(counts.get(LocationUpdatingAccept.class.getSimpleName()));
    }

    @Test
    void pagingNamesTmsisOnTheCcchOfLegitimateCells() {
        int pages = 0;
        for (HeardFrame frame : centre()) {
            if (frame.message() instanceof PagingRequest paging) {
                assertEquals(GsmtapChannel.CCCH, frame.header().subType());
                assertEquals(1, paging.type());
                assertFalse(paging.identities().isEmpty());
                paging.identities().forEach(id -> assertEquals(MobileIdentity.Type.TMSI, id.type()));
                assertFalse(BY_ARFCN.get(frame.header().arfcn()).rogue(), "the rogues page no one");
                long fn = frame.header().frameNumber() % 51;
                assertTrue(Set.of(12L, 16L, 22L, 26L, 32L, 36L, 42L, 46L).contains(fn), "paging block at frame " + fn);
                pages++;
            }
        }
        // 21 cells x 6 pages a minute x 4 minutes = 504 expected (Poisson): ±5 σ.
        assertEquals(504, pages, 5 * Math.sqrt(504));
    }

    @Test
    void dedicatedBlocksUseTheirSdcch8AndSacchPositions() {
        for (HeardFrame frame : centre()) {
            int sub = frame.header().subType();
            long position = frame.header().frameNumber() % 51;
            if (sub == GsmtapChannel.SDCCH8) {
                assertEquals(4L * frame.header().subSlot(), position, "D" + frame.header().subSlot());
                assertEquals(1, frame.header().timeslot());
            } else if (sub == (GsmtapChannel.SDCCH8 | GsmtapChannel.ACCH)) {
                int k = frame.header().subSlot();
                assertEquals(32L + 4 * (k % 4), position, "A" + k);
                assertEquals(k / 4, (frame.header().frameNumber() / 51) % 2);
            }
        }
    }

    @Test
    void theLteRogueIsRenderedBesideTheGsmCells() throws IOException {
        assertEquals(List.of(), summary.notRendered());
        for (SimulationSummary.ProbeOutput probe : summary.probes()) {
            long lte = HeardLteFrame.read(probe.pcap()).size();
            assertEquals(probe.framesByEmitter().getOrDefault("lte", 0L), lte, probe.probe());
        }
        assertTrue(summary.probes().get(0).framesByEmitter().get("lte") > 100, "the centre probe hears the catcher");
    }

    @Test
    void theTwoProbesHearDifferentLevelsOfTheMovingBlaster() {
        Map<String, Double> mean = new TreeMap<>();
        for (Map.Entry<String, List<HeardFrame>> entry : HEARD.entrySet()) {
            mean.put(entry.getKey(), entry.getValue().stream().filter(f -> f.header().arfcn() == 70)
                    .mapToInt(f -> f.header().signalDbm()).average().orElseThrow());
        }
        assertEquals(2, mean.size());
        assertTrue(Math.abs(mean.get("centre") - mean.get("van")) > 1, mean.toString());
    }
}
