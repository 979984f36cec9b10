package org.roguewatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.probe.CaptureReplay;
import org.roguewatch.probe.FrameCounters;
import org.roguewatch.probe.GsmtapIngest;
import org.roguewatch.probe.ReplayProgress;

/**
 * The whole offline path on one large file: memory-mapped pcap → Ethernet/IP/UDP → GSMTAP →
 * Um/LAPDm → RR/MM (GSM) or UPER RRC → NAS (LTE) → cell observations with per-field evidence. One
 * operation decodes the file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class DecodeBenchmark {
    @Param("")
    public String file;

    @Benchmark
    public List<CellObservation> decodeFile() throws IOException {
        Path path = Path.of(file);
        GsmtapIngest ingest = new GsmtapIngest("bench", new FrameCounters());
        try (PacketReader reader = CaptureFiles.open(path, ingest.counters())) {
            CaptureReplay.replay(reader, file, ingest, GsmtapHeader.DEFAULT_UDP_PORT, ReplayProgress.NONE);
        }
        return ingest.observations();
    }
}
