package org.roguewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.spectrum.sigmf.FmTestRecording;

/** {@code roguewatch analyze} on spectrum files: SigMF recordings and sweep CSVs beside (or instead of) captures. */
class AnalyzeSpectrumTest {
    @TempDir
    Path dir;

    private record Run(int status, List<Map<String, Object>> lines, String text, String err) {
        List<Map<String, Object>> ofType(String type) {
            return lines.stream().filter(l -> type.equals(l.get("type"))).toList();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> spectrum() {
            return (Map<String, Object>) lines.get(lines.size() - 1).get("spectrum");
        }
    }

    private static Run analyze(String... args) {
        List<String> all = new ArrayList<>(List.of("analyze", "--no-progress"));
        all.addAll(List.of(args));
        CommandRun run = CommandRun.of(List.of(new AnalyzeCommand()), all.toArray(String[]::new));
        List<Map<String, Object>> lines = new ArrayList<>();
        if (all.contains("--json")) {
            for (String line : run.out().split("\n")) {
                lines.add(MiniJson.object(line));
            }
        }
        return new Run(run.status(), lines, run.out(), run.err());
    }

    private static long hz(Map<String, Object> carrier) {
        return ((Number) carrier.get("frequencyHz")).longValue();
    }

    /** An rtl_power sweep log: {@code sweeps} passes over 88-90 MHz in 10 kHz bins, a station at {@code stationHz}. */
    private Path sweepLog(String name, long stationHz, int sweeps, List<String> extraLines) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < sweeps; s++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "2026-11-24, 22:%02d:00, 88000000, 90000000, 10000.00, 64", s));
            for (int b = 0; b < 200; b++) {
                double offset = 88_000_000 + b * 10_000 - stationHz;
                double mw = 1e-10 * (1 + 0.05 * Math.sin(b * 7.0 + s))
                        + 1e-6 * Math.exp(-offset * offset / (2 * 40_000.0 * 40_000.0)) * 0.1;
                line.append(String.format(Locale.ROOT, ", %.2f", 10 * Math.log10(mw)));
            }
            lines.add(line.toString());
        }
        lines.addAll(extraLines);
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }

    @Test
    void sigmfRecordingGivesItsCarrierWithinTenKilohertzAndIsLeftUntouchedWithoutAnnotate() throws IOException {
        double truth = 100_325_000;
        Path meta = FmTestRecording.oneStation(truth, -20, -35, 0.25, 3).write(dir, "rtl");
        String before = Files.readString(meta);
        Run run = analyze("--json", meta.toString());
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> carriers = run.ofType("carrier");
        assertEquals(1, carriers.size(), carriers::toString);
        assertTrue(Math.abs(hz(carriers.get(0)) - truth) <= 10_000, carriers::toString);
        assertEquals("rogue", carriers.get(0).get("verdict"), "no register given: nothing is licensed");
        assertEquals(before, Files.readString(meta), "input not rewritten unless --annotate");
        assertEquals(0L, run.spectrum().get("annotationsWritten"));
    }

    @Test
    void annotateWritesEachCarrierIntoTheRecordingOnce() throws IOException {
        Path meta = FmTestRecording.oneStation(99_200_000, -20, -35, 0.25, 5).write(dir, "wdr2");
        Path licences = dir.resolve("licences.csv");
        Files.writeString(licences, "frequency_hz,station,lat,lon,erp_dbm\n99200000,WDR 2,51.2,6.7,77\n");
        Run first = analyze("--json", "--annotate", "--licences", licences.toString(),
                dir.resolve("wdr2.sigmf-data").toString());
        assertEquals(0, first.status(), first.err());
        assertEquals(1L, first.spectrum().get("annotationsWritten"));
        String annotated = Files.readString(meta);
        assertTrue(annotated.contains("\"core:label\": \"FM 99.20 MHz licensed WDR 2\"")
                || annotated.contains("\"core:label\":\"FM 99.20 MHz licensed WDR 2\""), annotated);
        assertTrue(annotated.contains("core:freq_lower_edge") && annotated.contains("core:freq_upper_edge"), annotated);
        Run again = analyze("--json", "--annotate", "--licences", licences.toString(), meta.toString());
        assertEquals(0L, again.spectrum().get("annotationsWritten"), "the same annotation is not added twice");
        assertEquals(annotated, Files.readString(meta));
    }

    @Test
    @SuppressWarnings("unchecked")
    void badSweepLinesAndUnusableRecordingsAreCountedAndTheRestIsAnalysed() throws IOException {
        Path sweeps = sweepLog("probe.csv", 89_100_000, 4, List.of(
                "2026-11-24, 22:09:00, 88000000, 90000000",
                "2026-11-24, 22:10:00, 88000000, 90000000, 10000.00, 64, -80.0, loud, -80.0",
                "2026-11-24, 22:11:00, 88000000, 90000000, 10000.00, 64, -80.0, -80.0, -80.0"));
        Path badMeta = dir.resolve("bad.sigmf-meta");
        Files.writeString(badMeta, "{\"global\":{\"core:datatype\":\"cu3\",\"core:version\":\"1.0.0\"},\"captures\":[]}");
        Files.write(dir.resolve("bad.sigmf-data"), new byte[64]);
        Path noRate = dir.resolve("norate.sigmf-meta");
        Files.writeString(noRate, "{\"global\":{\"core:datatype\":\"cu8\",\"core:version\":\"1.0.0\"},\"captures\":[]}");
        Files.write(dir.resolve("norate.sigmf-data"), new byte[64]);
        Run run = analyze("--json", sweeps.toString(), badMeta.toString(), noRate.toString());
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> carriers = run.ofType("carrier");
        assertEquals(1, carriers.size(), carriers::toString);
        assertTrue(Math.abs(hz(carriers.get(0)) - 89_100_000) <= 5_000, carriers::toString);
        Map<String, Object> malformed = (Map<String, Object>) run.spectrum().get("malformed");
        long count = malformed.values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
        assertEquals(5, count, malformed::toString);
        assertTrue(malformed.keySet().stream().anyMatch(k -> k.contains("rate")), malformed::toString);
        assertTrue(malformed.keySet().stream().anyMatch(k -> k.startsWith("sigmf")), malformed::toString);
        Map<String, Object> summaryMalformed = (Map<String, Object>) run.lines().get(run.lines().size() - 1)
                .get("malformed");
        assertEquals(malformed, summaryMalformed, "the summary's malformed counts include the spectrum's");
    }

    @Test
    void sweepsAndRecordingsListedWithAProbesCapturesAreAnalysedAsThatProbe() throws IOException {
        sweepLog("north.csv", 89_100_000, 3, List.of());
        FmTestRecording.oneStation(100_325_000, -20, -35, 0.25, 3).write(dir, "south-rec");
        Path roster = dir.resolve("probes.csv");
        Files.writeString(roster, "probe,pcap,lat,lon\nnorth,north.csv,51.2355,6.7735\n"
                + "south,south-rec.sigmf-data,51.2199,6.7735\n");
        Run run = analyze("--json", "--probes", roster.toString());
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> carriers = run.ofType("carrier");
        assertEquals(2, carriers.size(), carriers::toString);
        assertEquals(List.of("north"), carriers.get(0).get("probes"));
        assertEquals(List.of("south"), carriers.get(1).get("probes"));
        assertEquals(0L, run.lines().get(run.lines().size() - 1).get("packets"), "no capture: no packets");
    }

    @Test
    void calibrationOffsetTurnsReceiverDbIntoDbmPerProbe() throws IOException {
        Path sweeps = sweepLog("probe.csv", 89_100_000, 3, List.of());
        double raw = ((Number) analyze("--json", sweeps.toString()).ofType("carrier").get(0).get("levelDbm"))
                .doubleValue();
        Run calibrated = analyze("--json", "--calibration", "local=-31.5,other=2", sweeps.toString());
        assertEquals(raw - 31.5, ((Number) calibrated.ofType("carrier").get(0).get("levelDbm")).doubleValue(), 1e-9);
        Run bad = analyze("--calibration", "local:-31.5", sweeps.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--calibration: 'local:-31.5' is not PROBE=DB"), bad.err());
    }

    @Test
    void humanReportShowsTheCarrierTableAndFindings() throws IOException {
        Run run = analyze(sweepLog("probe.csv", 89_100_000, 3, List.of()).toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.text().contains("FM spectrum: 1 file(s), 1 carrier(s)"), run.text());
        assertTrue(run.text().contains("[high  ] FM-UNLICENSED-CARRIER"), run.text());
        assertTrue(run.text().matches("(?s).*probe\\.csv@[1-3]  frequencyHz = 8909\\d{4}.*"), run.text());
    }
}
