package org.roguewatch.analyze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.Pcap4jPacketReader;
import org.roguewatch.capture.PcapngFileReader;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.locate.FleetLocation;
import org.roguewatch.locate.FleetLocator;
import org.roguewatch.locate.LocateSettings;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.CaptureReplay;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.probe.GsmtapIngest;
import org.roguewatch.probe.MessageListener;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.registry.ProbeRoster;
import org.roguewatch.registry.RosterProbe;

/** Runs capture files through one probe's ingest, in the order given. */
public final class OfflineAnalysis {

    /** How to read the captures, and what to detect with. */
    public record Options(String probeId, int gsmtapPort, boolean useLibpcap, DetectionSetup detection) {
    }

    private OfflineAnalysis() {
    }

    /** Fails fast, before any work, when an input is missing or unreadable. */
    public static void checkReadable(List<Path> files) throws IOException {
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new IOException(file + ": no such file");
            }
            if (Files.isDirectory(file)) {
                throw new IOException(file + ": is a directory, not a capture file");
            }
            if (!Files.isReadable(file)) {
                throw new IOException(file + ": permission denied");
            }
        }
    }

    public static AnalysisResult run(List<Path> files, Options options, MessageListener listener,
                                     ReplayProgress progress) throws IOException {
        checkReadable(files);
        long start = System.nanoTime();
        FrameCounters counters = new FrameCounters();
        GsmtapIngest ingest = new GsmtapIngest(options.probeId(), counters, listener);
        List<InputSummary> inputs = replay(files, ingest, options, progress);
        return result(options, List.of(), inputs, ingest.observations(), Map.of(), Set.of(), counters, start);
    }

    /**
     * A fleet: each probe's captures through its own ingest (so every observation names the probe
     * that heard it), then detection over all of them together.
     */
    public static AnalysisResult runFleet(ProbeRoster roster, Options options, LocateSettings locate,
                                          MessageListener listener, ReplayProgress progress) throws IOException {
        for (RosterProbe probe : roster.probes()) {
            if (probe.captures().isEmpty()) {
                throw new IOException(roster.file() + ":" + probe.line() + ": probe '" + probe.id()
                        + "' lists no capture file (column pcap)");
            }
            checkReadable(probe.captures());
        }
        long start = System.nanoTime();
        FrameCounters counters = new FrameCounters();
        List<InputSummary> inputs = new ArrayList<>();
        List<CellObservation> observations = new ArrayList<>();
        for (RosterProbe probe : roster.probes()) {
            GsmtapIngest ingest = new GsmtapIngest(probe.id(), counters, listener);
            inputs.addAll(replay(probe.captures(), ingest, options, progress));
            observations.addAll(ingest.observations());
        }
        Map<String, double[]> sites = new HashMap<>();
        Set<String> moving = new HashSet<>();
        for (RosterProbe probe : roster.probes()) {
            if (probe.moving()) {
                moving.add(probe.id());
            } else {
                sites.put(probe.id(), probe.positionAt(null));
            }
        }
        AnalysisResult analysed = result(options, roster.probes(), inputs, observations, sites, moving, counters,
                start);
        if (locate == null) {
            return analysed;
        }
        FleetLocation located = new FleetLocator(locate).locate(analysed.detection().assessments(), roster.probes(),
                analysed.plan());
        return new AnalysisResult(analysed.probeId(), analysed.roster(), analysed.inputs(), analysed.cells(),
                analysed.detection(), analysed.plan(), counters, Duration.ofNanos(System.nanoTime() - start), located);
    }

    private static List<InputSummary> replay(List<Path> files, GsmtapIngest ingest, Options options,
                                             ReplayProgress progress) throws IOException {
        List<InputSummary> inputs = new ArrayList<>(files.size());
        for (Path file : files) {
            try (PacketReader reader = open(file, options, ingest.counters())) {
                long packets = CaptureReplay.replay(reader, file.toString(), ingest, options.gsmtapPort(), progress);
                inputs.add(new InputSummary(file.toString(), formatOf(reader), packets));
            }
        }
        return inputs;
    }

    private static AnalysisResult result(Options options, List<RosterProbe> roster, List<InputSummary> inputs,
                                         List<CellObservation> observations, Map<String, double[]> probeSites,
                                         Set<String> moving, FrameCounters counters, long start) {
        DetectionSetup.Detection detection = options.detection().run(observations, probeSites, moving);
        return new AnalysisResult(options.probeId(), roster, inputs, observations, detection,
                options.detection().plan(), counters, Duration.ofNanos(System.nanoTime() - start), null);
    }

    private static String formatOf(PacketReader reader) {
        if (reader instanceof PcapngFileReader) {
            return "pcapng";
        }
        if (reader instanceof Pcap4jPacketReader) {
            return "pcap via libpcap";
        }
        return "pcap";
    }

    private static PacketReader open(Path file, Options options, FrameCounters counters) throws IOException {
        return options.useLibpcap() ? Pcap4jPacketReader.open(file, counters) : CaptureFiles.open(file, counters);
    }
}
