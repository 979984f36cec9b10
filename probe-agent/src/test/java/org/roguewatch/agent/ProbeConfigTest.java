package org.roguewatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.spectrum.sweep.SweepTool;
import org.junit.jupiter.api.io.TempDir;

class ProbeConfigTest {
    private static final List<String> VALID = List.of(
            "probe.id = north",
            "analyzer.host = 127.0.0.1",
            "analyzer.port = 4730",
            "tls.certificate = certs/probe.pem",
            "tls.key = certs/probe-key.pem",
            "tls.ca = certs/ca.pem",
            "spool.directory = spool",
            "source.air.type = gsmtap-udp",
            "source.air.port = 4729");

    @TempDir
    Path directory;

    @Test
    void theShippedSampleConfigLoads() throws Exception {
        ProbeConfig config = ProbeConfig.load(Path.of("..", "config", "probe.properties"));
        assertEquals("probe-1", config.probeId());
        assertInstanceOf(PositionSpec.Fixed.class, config.position());
        assertEquals(Duration.ofMillis(50), config.spool().syncInterval());
        assertInstanceOf(SourceSpec.Replay.class, config.sources().get(0));
    }

    @Test
    void relativePathsAreResolvedAgainstTheConfigFile() throws Exception {
        ProbeConfig config = ProbeConfig.load(write(VALID));
        assertEquals(directory.resolve("spool"), config.spoolDirectory());
        assertEquals(new SourceSpec.Udp("air", "0.0.0.0", 4729), config.sources().get(0));
    }

    @Test
    void anUnknownKeyIsNamedWithFileAndLine() throws Exception {
        Path file = write(append(VALID, "spool.max_bites = 1g"));
        ConfigException e = assertThrows(ConfigException.class, () -> ProbeConfig.load(file));
        assertEquals(List.of(file + ":10: field 'spool.max_bites': unknown key"), e.problems());
    }

    @Test
    void aBadValueIsNamedWithFileLineAndField() throws Exception {
        Path file = write(append(VALID, "uplink.heartbeat = often"));
        ConfigException e = assertThrows(ConfigException.class, () -> ProbeConfig.load(file));
        assertEquals(List.of(file + ":10: field 'uplink.heartbeat': 'often' is not a duration like 500ms, 10s, 5m "
                + "or 1h"), e.problems());
    }

    @Test
    void aRepeatedKeyAndAnOutOfRangeValueAreBothReported() throws Exception {
        Path file = write(append(append(VALID, "probe.id = south"), "position.mode = fixed", "position.lat = 91",
                "position.lon = 6.7"));
        ConfigException e = assertThrows(ConfigException.class, () -> ProbeConfig.load(file));
        assertEquals(List.of(file + ":10: field 'probe.id': repeated (first set on line 1)",
                file + ":12: field 'position.lat': 91 is outside -90.0..90.0"), e.problems());
    }

    @Test
    void aMissingRequiredFieldAndAnUnknownSourceTypeAreReported() throws Exception {
        Path file = write(append(VALID.subList(1, VALID.size()), "source.wire.type = carrier-pigeon"));
        ConfigException e = assertThrows(ConfigException.class, () -> ProbeConfig.load(file));
        assertTrue(e.problems().contains(file + ": field 'probe.id': required but missing"), e.getMessage());
        assertTrue(e.problems().contains(file + ":9: field 'source.wire.type': 'carrier-pigeon' is not one of pcap, "
                + "live, gsmtap-udp, sim, sweep-file, sweep-process"), e.getMessage());
    }

    @Test
    void spectrumSourcesAreReadWithTheirToolCommandAndBackoff() throws Exception {
        Path file = write(append(VALID, "source.fm.type = sweep-process", "source.fm.tool = hackrf_sweep",
                "source.fm.args = -f 88:108 -w 100000", "source.fm.backoff_initial = 2s",
                "source.fm.backoff_max = 1m", "source.log.type = sweep-file", "source.log.file = north-sweep.csv",
                "source.wrapped.type = sweep-process", "source.wrapped.command = sh -c   cat"));
        List<SourceSpec> sources = ProbeConfig.load(file).sources();
        assertTrue(sources.contains(new SourceSpec.SweepProcess("fm", SweepTool.HACKRF_SWEEP,
                List.of("hackrf_sweep", "-f", "88:108", "-w", "100000"), Duration.ofSeconds(2), Duration.ofMinutes(1))),
                sources::toString);
        assertTrue(sources.contains(new SourceSpec.SweepFile("log", file.getParent().resolve("north-sweep.csv"))),
                sources::toString);
        assertTrue(sources.contains(new SourceSpec.SweepProcess("wrapped", SweepTool.RTL_POWER,
                List.of("sh", "-c", "cat"), Duration.ofSeconds(1), Duration.ofMinutes(2))), sources::toString);
    }

    @Test
    void aSweepProcessWithBothArgsAndCommandOrAnUnknownToolIsRefusedWithItsLine() throws Exception {
        Path file = write(append(VALID, "source.fm.type = sweep-process", "source.fm.tool = gqrx",
                "source.fm.args = -f 88M:108M:10k", "source.fm.command = my-wrapper",
                "source.fm.backoff_initial = 0s"));
        ConfigException e = assertThrows(ConfigException.class, () -> ProbeConfig.load(file));
        assertTrue(e.problems().contains(file + ":11: field 'source.fm.tool': 'gqrx' is not one of rtl_power, "
                + "hackrf_sweep"), e.getMessage());
        assertTrue(e.problems().contains(file + ":12: field 'source.fm.args': give either source.fm.args or "
                + "source.fm.command, not both"), e.getMessage());
        assertTrue(e.problems().contains(file + ":14: field 'source.fm.backoff_initial': must be longer than 0"),
                e.getMessage());
    }

    private static List<String> append(List<String> lines, String... more) {
        List<String> all = new java.util.ArrayList<>(lines);
        all.addAll(List.of(more));
        return all;
    }

    private Path write(List<String> lines) throws IOException {
        Path file = directory.resolve("probe.properties");
        Files.write(file, lines);
        return file;
    }
}
