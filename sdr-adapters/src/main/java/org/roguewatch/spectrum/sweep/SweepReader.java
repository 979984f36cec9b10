package org.roguewatch.spectrum.sweep;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.Decoded;
import org.roguewatch.decode.MalformedSink;

/**
 * Streams {@link SweepRow}s from an rtl_power or hackrf_sweep CSV (plain or gzip, e.g. from
 * {@code rtl_power ... | gzip > log.csv.gz}), one line in memory at a time, so multi-gigabyte logs
 * read in constant memory. A line that cannot be read goes to the {@link MalformedSink} with its
 * line number and the reader goes on; blank lines are skipped silently.
 */
public final class SweepReader implements Closeable {
    /** Longest line kept: a 2.8 MHz rtl_power hop at 1 Hz bins is ~20 MB of text; corrupt files are longer. */
    static final int MAX_LINE_CHARS = 32 << 20;

    private final BoundedLineReader lines;
    private final SweepLineParser parser;
    private final String source;
    private final MalformedSink sink;
    private long rows;
    private long malformed;

    private SweepReader(Reader reader, String source, SweepTool tool, MalformedSink sink, ZoneId zone) {
        this.lines = new BoundedLineReader(reader, MAX_LINE_CHARS);
        this.source = source;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.parser = new SweepLineParser(tool, source, zone);
    }

    /**
     * Opens a sweep CSV, telling rtl_power from hackrf_sweep by its content (see
     * {@link SweepFormatSniffer}); times are read as UTC.
     *
     * @throws SweepFormatException when the file has lines but none looks like either tool's
     */
    public static SweepReader open(Path file, MalformedSink sink) throws IOException {
        return open(file, sink, ZoneOffset.UTC);
    }

    /** As {@link #open(Path, MalformedSink)}, with the zone the tool's clock was set to. */
    public static SweepReader open(Path file, MalformedSink sink, ZoneId zone) throws IOException {
        SweepTool tool;
        try (Reader sniff = reader(file)) {
            tool = SweepFormatSniffer.detect(sniff, file.toString());
        }
        return new SweepReader(reader(file), file.toString(), tool, sink, zone);
    }

    /** Reads an already-open stream (a process's stdout, a test's string) written by {@code tool}. */
    public static SweepReader of(Reader reader, String source, SweepTool tool, MalformedSink sink, ZoneId zone) {
        return new SweepReader(reader, source, tool, sink, zone);
    }

    private static Reader reader(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        // every byte maps to a char, so binary garbage becomes malformed lines, never a decoder error
        return new InputStreamReader(in, StandardCharsets.ISO_8859_1);
    }

    public SweepTool tool() {
        return parser.tool();
    }

    public String source() {
        return source;
    }

    /** The next good row, or null at the end of input; bad lines on the way are reported and skipped. */
    public SweepRow next() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            long number = lines.lineNumber();
            if (lines.overLong()) {
                report("sweep.line-too-long", number, "line longer than " + MAX_LINE_CHARS + " characters");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            Decoded<SweepRow> decoded = parser.parse(line, number);
            if (decoded instanceof Decoded.Malformed<SweepRow> bad) {
                report(bad.reason(), number, bad.detail());
                continue;
            }
            rows++;
            return decoded.valueOrNull();
        }
        return null;
    }

    /** Reads to the end, handing each good row to {@code consumer}. */
    public void forEachRemaining(Consumer<SweepRow> consumer) throws IOException {
        SweepRow row;
        while ((row = next()) != null) {
            consumer.accept(row);
        }
    }

    /** Lines read so far, blank ones included. */
    public long lines() {
        return lines.lineNumber();
    }

    public long rows() {
        return rows;
    }

    public long malformed() {
        return malformed;
    }

    private void report(String reason, long lineNumber, String detail) {
        malformed++;
        sink.malformed(reason, new FrameRef(source, lineNumber, parser.lastTime()), detail);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
