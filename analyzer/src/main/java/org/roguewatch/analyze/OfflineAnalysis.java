package org.roguewatch.analyze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.Pcap4jPacketReader;
import org.roguewatch.capture.PcapngFileReader;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.CaptureReplay;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.probe.GsmtapIngest;
import org.roguewatch.probe.MessageListener;
import org.roguewatch.probe.ReplayProgress;

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
        List<InputSummary> inputs = new ArrayList<>(files.size());
        for (Path file : files) {
            try (PacketReader reader = open(file, options, counters)) {
                long packets = CaptureReplay.replay(reader, file.toString(), ingest, options.gsmtapPort(), progress);
                inputs.add(new InputSummary(file.toString(), formatOf(reader), packets));
            }
        }
        List<CellObservation> observations = ingest.observations();
        DetectionSetup.Detection detection = options.detection().run(observations);
        return new AnalysisResult(options.probeId(), inputs, observations, detection, options.detection().plan(), counters,
                java.time.Duration.ofNanos(System.nanoTime() - start));
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
