package org.roguewatch.spectrum.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.spectrum.SpectrumFixtures;
import org.roguewatch.spectrum.SpectrumFixtures.RecordingSink;
import org.roguewatch.spectrum.SpectrumFixtures.Report;

class SweepReaderTest {
    @TempDir
    Path dir;

    private static List<SweepRow> readAll(SweepReader reader) throws IOException {
        List<SweepRow> rows = new ArrayList<>();
        reader.forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void rtlPowerFileIsRecognisedAndReadHopByHopWithTheRepeatedLastBinDropped() throws IOException {
        RecordingSink sink = new RecordingSink();
        Path file = SpectrumFixtures.path(SpectrumFixtures.RTL_POWER);
        List<String> lines = Files.readAllLines(file);
        try (SweepReader reader = SweepReader.open(file, sink)) {
            assertEquals(SweepTool.RTL_POWER, reader.tool());
            List<SweepRow> rows = readAll(reader);
            assertEquals(4 * 18, rows.size());
            SweepRow first = rows.get(0);
            assertEquals(Instant.parse("2024-05-01T21:30:00Z"), first.time());
            assertEquals(87_000_000L, first.hzLow());
            assertEquals(89_777_776L, first.hzHigh());
            assertEquals(43402.77, first.hzStep());
            assertEquals(7040, first.samples());
            String[] fields = lines.get(0).split(", ");
            assertEquals(fields.length - 6 - 1, first.bins(), "65 printed values, the last a repeat");
            assertEquals(Double.parseDouble(fields[6]), first.db()[0]);
            assertEquals(Double.parseDouble(fields[fields.length - 2]), first.db()[first.bins() - 1]);
            assertEquals(87_000_000.0, first.binCentreHz(0));
            assertEquals(new org.roguewatch.capture.FrameRef(file.toString(), 1, first.time()), first.ref());
            assertEquals(Instant.parse("2024-05-01T21:30:30Z"), rows.get(71).time());
            assertEquals(72, reader.rows());
            assertEquals(72, reader.lines());
        }
        assertEquals(List.of(), sink.reports());
    }

    @Test
    void hackrfSweepFileIsRecognisedByItsMicrosecondsAndItsBinsSitHalfABinIn() throws IOException {
        RecordingSink sink = new RecordingSink();
        try (SweepReader reader = SweepReader.open(SpectrumFixtures.path(SpectrumFixtures.HACKRF_SWEEP), sink)) {
            assertEquals(SweepTool.HACKRF_SWEEP, reader.tool());
            List<SweepRow> rows = readAll(reader);
            assertEquals(3 * 4, rows.size());
            SweepRow second = rows.get(1);
            assertEquals(Instant.parse("2024-05-01T21:30:00.100000Z"), second.time());
            assertEquals(98_000_000L, second.hzLow(), "the tuning's second line is 10 MHz up");
            assertEquals(251, second.bins());
            assertEquals(1004, second.samples());
            assertEquals(98_000_000 + 19920.32 / 2, second.binCentreHz(0), 1e-6);
            assertEquals(Instant.parse("2024-05-01T21:30:00.101234Z"), rows.get(2).time());
            assertEquals(93_000_000L, rows.get(2).hzLow());
        }
        assertEquals(List.of(), sink.reports());
    }

    @Test
    void gzipLogReadsLikeThePlainFile() throws IOException {
        Path plain = SpectrumFixtures.path(SpectrumFixtures.RTL_POWER);
        Path gz = dir.resolve("log.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        RecordingSink sink = new RecordingSink();
        List<SweepRow> fromPlain;
        List<SweepRow> fromGz;
        try (SweepReader a = SweepReader.open(plain, sink); SweepReader b = SweepReader.open(gz, sink)) {
            fromPlain = readAll(a);
            fromGz = readAll(b);
        }
        assertEquals(fromPlain.size(), fromGz.size());
        for (int i = 0; i < fromPlain.size(); i++) {
            assertEquals(fromPlain.get(i).hzLow(), fromGz.get(i).hzLow());
            assertTrue(java.util.Arrays.equals(fromPlain.get(i).db(), fromGz.get(i).db()));
        }
    }

    @Test
    void timesAreReadInTheZoneTheToolRanIn() throws IOException {
        try (SweepReader reader = SweepReader.open(SpectrumFixtures.path(SpectrumFixtures.RTL_POWER),
                new RecordingSink(), ZoneId.of("Asia/Shanghai"))) {
            assertEquals(Instant.parse("2024-05-01T13:30:00Z"), reader.next().time());
        }
    }

    @Test
    void badLinesAreReportedWithReasonAndLineNumberAndTheRestIsRead() throws IOException {
        List<String> good = SpectrumFixtures.lines(SpectrumFixtures.RTL_POWER).subList(0, 18);
        String line = good.get(0);
        int cut = line.indexOf(", ", line.length() / 2);
        List<String> lines = new ArrayList<>(good);
        List<String> expected = new ArrayList<>();
        // each bad line is inserted after a good one; its 1-based number is its index + 1
        lines.add(2, line.substring(0, cut));
        expected.add("sweep.bins-vs-step");
        lines.add(4, line.substring(0, 25));
        expected.add("sweep.truncated");
        lines.add(6, line.replaceFirst(", -2", ", -2x"));
        expected.add("sweep.bin.non-numeric");
        lines.add(8, line.replace("43402.77", "86805.54"));
        expected.add("sweep.bins-vs-step");
        lines.add(10, line.replace("2024-05-01", "2024-13-01"));
        expected.add("sweep.time");
        lines.add(12, line.replace("2024-05-01, 21:30:00", "21:30:00, 2024-05-01"));
        expected.add("sweep.time");
        lines.add(14, line.replaceFirst(", -2([0-9.]+), ", ", Infinity, "));
        expected.add("sweep.bin.non-numeric");
        lines.add(16, line.replaceFirst(", 7040, ", ", 7040, , "));
        expected.add("sweep.bin.non-numeric");
        lines.add(18, "\u0000\u00ff\u0013garbage, , ,");
        expected.add("sweep.time");
        lines.add(20, line.replaceFirst("89777776", "86000000"));
        expected.add("sweep.hz");
        lines.add(22, line.replace("43402.77", "-1"));
        expected.add("sweep.step");
        lines.add(24, "");
        String text = String.join("\n", lines) + "\n";
        RecordingSink sink = new RecordingSink();
        try (SweepReader reader = SweepReader.of(new StringReader(text), "bad.csv", SweepTool.RTL_POWER, sink,
                ZoneOffset.UTC)) {
            List<SweepRow> rows = readAll(reader);
            assertEquals(18, rows.size(), "every good line is read");
            assertEquals(expected.size(), reader.malformed());
        }
        List<Report> reports = sink.reports();
        List<String> reasons = reports.stream().map(Report::reason).toList();
        assertEquals(expected, reasons);
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            assertEquals(2 * i + 3, report.where().frame(), "line number of " + report);
            assertEquals("bad.csv", report.where().source());
            assertFalse(report.detail().isBlank());
            assertFalse(report.detail().contains("\n"), "one line: " + report.detail());
        }
        assertTrue(reports.get(0).detail().contains("(89777776 - 87000000)/43402.77"), reports.get(0).detail());
        assertTrue(reports.get(2).detail().contains("'-2x"), reports.get(2).detail());
    }

    @Test
    void infAndNanAsPrintedByCAreValuesNotErrors() {
        SweepLineParser parser = new SweepLineParser(SweepTool.HACKRF_SWEEP, "t", ZoneOffset.UTC);
        SweepRow row = parser.parse("2024-05-01, 21:30:00.000001, 0, 4, 1.00, 16, -inf, nan, -nan, 3e1", 1)
                .valueOrNull();
        assertEquals(Double.NEGATIVE_INFINITY, row.db()[0]);
        assertTrue(Double.isNaN(row.db()[1]) && Double.isNaN(row.db()[2]));
        assertEquals(30.0, row.db()[3]);
    }

    @Test
    void randomLinesNeverEscapeAsExceptions() throws IOException {
        java.util.Random random = new java.util.Random(42);
        String base = SpectrumFixtures.lines(SpectrumFixtures.HACKRF_SWEEP).get(0);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            char[] chars = base.toCharArray();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                char c;
                do {
                    c = (char) random.nextInt(128);
                } while (c == '\n' || c == '\r');
                chars[random.nextInt(chars.length)] = c;
            }
            int length = random.nextInt(chars.length + 1);
            text.append(chars, 0, length).append('\n');
        }
        RecordingSink sink = new RecordingSink();
        long rows;
        try (SweepReader reader = SweepReader.of(new StringReader(text.toString()), "fuzz", SweepTool.HACKRF_SWEEP,
                sink, ZoneOffset.UTC)) {
            rows = readAll(reader).size();
            assertEquals(reader.lines() - blankLines(text.toString()), rows + reader.malformed());
        }
        for (Report report : sink.reports()) {
            assertTrue(report.reason().matches("sweep\\.[a-z.-]+"), report.reason());
        }
    }

    private static long blankLines(String text) {
        return text.lines().filter(String::isBlank).count();
    }

    @Test
    void aFileOfSomethingElseIsRefusedInOneLineAndAnEmptyOneYieldsNothing() throws IOException {
        Path other = dir.resolve("cells.csv");
        Files.writeString(other, "mcc,mnc,lac,ci\n262,02,318,11225\n");
        SweepFormatException e = assertThrows(SweepFormatException.class,
                () -> SweepReader.open(other, new RecordingSink()));
        assertTrue(e.getMessage().contains("cells.csv") && e.getMessage().contains("mcc,mnc"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals("sweep.format.unknown", e.reason());
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "\n\n");
        try (SweepReader reader = SweepReader.open(empty, new RecordingSink())) {
            assertEquals(null, reader.next());
        }
    }

    @Test
    void aLineLongerThanTheLimitIsSkippedWithoutHoldingIt() throws IOException {
        String longLine = "x".repeat(5000);
        BoundedLineReader lines = new BoundedLineReader(new StringReader("a\r\n" + longLine + "\nb"), 100);
        assertEquals("a", lines.readLine());
        assertEquals(100, lines.readLine().length());
        assertTrue(lines.overLong());
        assertEquals("b", lines.readLine());
        assertFalse(lines.overLong());
        assertEquals(3, lines.lineNumber());
        assertEquals(null, lines.readLine());
        byte[] bytes = (longLine + "\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(5001, bytes.length);
    }
}
