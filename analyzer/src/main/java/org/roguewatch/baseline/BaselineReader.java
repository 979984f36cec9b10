package org.roguewatch.baseline;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.Radio;

/**
 * Reads the text format described on {@link Baseline}. Every problem is reported as a
 * {@link BaselineFileException} naming the file and line: a missing or unsupported version line,
 * a line that is not {@code key = value}, an unknown or repeated key, a bad number or value, counts
 * that contradict each other (more cells with a value than cells learned), content after the end
 * line, or a file that stops before it.
 */
final class BaselineReader {
    /** Longer lines are not a baseline's (whose longest keys hold a message name). */
    private static final int MAX_LINE_BYTES = 4096;
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");

    private final Path file;
    private final Map<OperatorKey, Section> sections = new TreeMap<>();
    /** Every key read, normalized (so "[09]" repeats "[9]"), with its line. */
    private final Map<String, Integer> keyLines = new HashMap<>();
    private int lineNumber;
    private boolean versionSeen;
    private int endLine;
    private int endCount;

    /** One operator's lines while the file is read; checked once all are in. */
    private static final class Section {
        final OperatorTally tally;
        final int firstLine;
        int cellsLine;
        final List<Entry> entries = new ArrayList<>();

        Section(OperatorKey key, int firstLine) {
            this.tally = new OperatorTally(key.radio(), key.mcc(), key.mnc());
            this.firstLine = firstLine;
        }
    }

    /** A statistic's line: a bare count ({@code value == null}) or a per-value count. */
    private record Entry(String statistic, OperatorTally.Counts counts, Object value, int count, int line) {
    }

    private BaselineReader(Path file) {
        this.file = file;
    }

    static Baseline read(Path file) throws IOException {
        return new BaselineReader(file).read();
    }

    private Baseline read() throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            String line;
            while ((line = nextLine(in)) != null) {
                lineNumber++;
                parse(line.strip());
            }
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
        if (!versionSeen) {
            throw error(Math.max(1, lineNumber), "empty: not a RogueWatch baseline (expected '"
                    + BaselineKeys.VERSION_KEY + " = " + Baseline.FORMAT_VERSION + "')");
        }
        if (endLine == 0) {
            throw error(lineNumber, "truncated: the file ends without its last line '" + BaselineKeys.END_KEY
                    + " = <operators>'");
        }
        List<OperatorBaseline> operators = new ArrayList<>(sections.size());
        for (Section section : sections.values()) {
            operators.add(check(section));
        }
        if (endCount != operators.size()) {
            throw error(endLine, "the end line says " + endCount + " operator(s) but the file holds "
                    + operators.size() + " (lines lost?)");
        }
        return Baseline.of(operators);
    }

    /** The next line without its terminator, decoded as strict UTF-8; null at the end of the file. */
    private String nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (bytes.size() == MAX_LINE_BYTES) {
                throw error(lineNumber + 1, "line longer than " + MAX_LINE_BYTES + " bytes: not a baseline file");
            }
            bytes.write(b);
        }
        if (b == -1 && bytes.size() == 0) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw error(lineNumber + 1, "not UTF-8 text: not a baseline file");
        }
    }

    private void parse(String line) throws BaselineFileException {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int equals = line.indexOf('=');
        if (equals < 0) {
            throw error(lineNumber, "expected 'key = value', found '" + shorten(line) + "'");
        }
        String key = line.substring(0, equals).strip();
        String value = line.substring(equals + 1).strip();
        if (!versionSeen) {
            version(key, value);
            return;
        }
        if (endLine != 0) {
            throw error(lineNumber, "'" + key + "' after the end line " + endLine);
        }
        if (key.equals(BaselineKeys.END_KEY)) {
            endCount = count(key, value);
            endLine = lineNumber;
            return;
        }
        if (key.equals(BaselineKeys.VERSION_KEY)) {
            throw error(lineNumber, "repeated '" + key + "' (first on line " + keyLines.get(key) + ")");
        }
        entry(key, value);
    }

    private void version(String key, String value) throws BaselineFileException {
        if (!key.equals(BaselineKeys.VERSION_KEY)) {
            throw error(lineNumber, "not a RogueWatch baseline: the first setting must be '"
                    + BaselineKeys.VERSION_KEY + " = " + Baseline.FORMAT_VERSION + "', found '" + shorten(key) + "'");
        }
        int version = count(key, value);
        if (version != Baseline.FORMAT_VERSION) {
            throw error(lineNumber, "baseline format version " + version + " is not supported (this RogueWatch reads "
                    + Baseline.FORMAT_VERSION + ")");
        }
        versionSeen = true;
        keyLines.put(key, lineNumber);
    }

    private void entry(String key, String countText) throws BaselineFileException {
        BaselineKeys.Parsed parsed;
        try {
            parsed = BaselineKeys.parse(key);
        } catch (IllegalArgumentException e) {
            throw error(lineNumber, "bad key '" + shorten(key) + "': " + e.getMessage());
        }
        if (parsed == null) {
            throw unknownKey(key);
        }
        Section section = sections.computeIfAbsent(parsed.operator(), k -> new Section(k, lineNumber));
        OperatorTally tally = section.tally;
        String statistic = parsed.statistic();
        String argument = parsed.argument();
        if (statistic.equals(BaselineKeys.CELLS) && argument == null) {
            int count = count(key, countText);
            remember(key, parsed, null);
            tally.cells = count;
            section.cellsLine = lineNumber;
        } else if (statistic.equals(BaselineKeys.MESSAGE) && argument != null) {
            int count = count(key, countText);
            remember(key, parsed, argument);
            section.entries.add(new Entry(BaselineKeys.MESSAGE, null, argument, count, lineNumber));
            if (count > 0) {
                tally.messageCells.put(argument, count);
            }
        } else {
            Statistic known = statistic(tally, statistic);
            if (known == null) {
                throw unknownKey(key);
            }
            Object value = argument == null ? null : value(key, known.type(), argument);
            int count = count(key, countText);
            remember(key, parsed, value);
            section.entries.add(new Entry(statistic, known.counts(), value, count, lineNumber));
            if (value == null) {
                known.counts().cells = count;
            } else if (count > 0) {
                known.counts().byValue.put(value, count);
            }
        }
    }

    /** A statistic with values: its counts and the type of its values. */
    private record Statistic(OperatorTally.Counts counts, Class<?> type) {
    }

    private static Statistic statistic(OperatorTally tally, String name) {
        if (tally.radio == Radio.GSM && name.equals(BaselineKeys.GPRS)) {
            return new Statistic(tally.gprs, Boolean.class);
        }
        if (tally.radio == Radio.GSM && name.equals(BaselineKeys.NEIGHBOURS)) {
            return new Statistic(tally.neighbours, Integer.class);
        }
        CellField<?> field = TrackedFields.byName(tally.radio, name);
        return field == null ? null : new Statistic(tally.field(field), field.type());
    }

    private void remember(String key, BaselineKeys.Parsed parsed, Object value) throws BaselineFileException {
        String normalized = parsed.operator() + "." + parsed.statistic() + (value == null ? "" : "[" + value + "]");
        Integer first = keyLines.putIfAbsent(normalized, lineNumber);
        if (first != null) {
            throw error(lineNumber, "repeated key '" + shorten(key) + "' (first on line " + first + ")");
        }
    }

    private Object value(String key, Class<?> type, String text) throws BaselineFileException {
        if (type == Boolean.class) {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw error(lineNumber, "bad value '" + shorten(text) + "' in '" + shorten(key) + "': expected true or false");
        }
        if (type == Integer.class && INTEGER.matcher(text).matches()) {
            long parsed = Long.parseLong(text);
            if (parsed == (int) parsed) {
                return (int) parsed;
            }
        }
        throw error(lineNumber, "bad value '" + shorten(text) + "' in '" + shorten(key) + "': expected an integer");
    }

    private int count(String key, String text) throws BaselineFileException {
        if (!COUNT.matcher(text).matches()) {
            throw error(lineNumber, "bad number '" + shorten(text) + "' for '" + shorten(key)
                    + "': expected a count (0 to 999999999)");
        }
        return Integer.parseInt(text);
    }

    /** Counts must agree: no statistic rests on more cells than were learned, no value on more than carried it. */
    private OperatorBaseline check(Section section) throws BaselineFileException {
        OperatorTally tally = section.tally;
        String operator = BaselineKeys.prefix(new OperatorKey(tally.radio, tally.mcc, tally.mnc));
        if (section.cellsLine == 0) {
            throw error(section.firstLine, "no '" + operator + BaselineKeys.CELLS + "' line for this operator");
        }
        if (tally.cells == 0) {
            throw error(section.cellsLine, "an operator with 0 cells has nothing learned: leave it out");
        }
        Map<OperatorTally.Counts, Integer> valueSums = new HashMap<>();
        for (Entry entry : section.entries) {
            int limit = entry.value() == null || entry.counts() == null ? tally.cells : entry.counts().cells;
            String of = entry.value() == null || entry.counts() == null ? "cells learned (" + operator + "cells)"
                    : "cells that carried " + entry.statistic() + " (" + operator + entry.statistic() + ")";
            if (entry.count() > limit) {
                throw error(entry.line(), entry.count() + " cells is more than the " + limit + " " + of);
            }
            if (entry.value() != null && entry.counts() != null) {
                valueSums.merge(entry.counts(), entry.count(), Integer::sum);
            }
        }
        for (Entry entry : section.entries) {
            if (entry.value() == null && entry.counts() != null) {
                int sum = valueSums.getOrDefault(entry.counts(), 0);
                if (sum < entry.count()) {
                    throw error(entry.line(), entry.count() + " cells carried " + entry.statistic()
                            + " but its values account for only " + sum + " (lines lost?)");
                }
            }
        }
        int gprsSplit = tally.gprs.byValue.values().stream().mapToInt(Integer::intValue).sum();
        if (gprsSplit != tally.gprs.cells) {
            int line = section.entries.stream().filter(e -> e.statistic().equals(BaselineKeys.GPRS))
                    .mapToInt(Entry::line).min().orElse(section.firstLine);
            throw error(line, "gprs[true] and gprs[false] add up to " + gprsSplit + ", not the "
                    + tally.gprs.cells + " cells whose GPRS support was heard");
        }
        return tally.freeze();
    }

    private BaselineFileException unknownKey(String key) {
        return error(lineNumber, "unknown key '" + shorten(key) + "'");
    }

    private BaselineFileException error(int line, String detail) {
        return new BaselineFileException(file, line, detail);
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
