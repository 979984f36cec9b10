package org.roguewatch.spectrum.sweep;

import java.io.IOException;
import java.io.Reader;

/**
 * Tells rtl_power output from hackrf_sweep output by looking at the first lines: both start
 * {@code YYYY-MM-DD, HH:MM:SS}, but hackrf_sweep appends microseconds ({@code "%s.%06ld"}) and
 * rtl_power never does. The first line whose first two fields read as a date and a time decides.
 */
final class SweepFormatSniffer {
    static final int LINES_EXAMINED = 64;
    private static final int MAX_SNIFF_CHARS = 1 << 16;

    private SweepFormatSniffer() {
    }

    /**
     * @return the tool; {@link SweepTool#RTL_POWER} for an empty or blank file (it yields no rows either way)
     * @throws SweepFormatException when the examined lines have content but none starts with a date and time
     */
    static SweepTool detect(Reader reader, String source) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(reader, MAX_SNIFF_CHARS);
        int examined = 0;
        String first = null;
        String line;
        while (examined < LINES_EXAMINED && (line = lines.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            examined++;
            if (first == null) {
                first = line;
            }
            SweepTool tool = toolOf(line);
            if (tool != null) {
                return tool;
            }
        }
        if (first == null) {
            return SweepTool.RTL_POWER;
        }
        String shown = first.length() > 60 ? first.substring(0, 57) + "..." : first;
        throw new SweepFormatException(source + ": not an rtl_power or hackrf_sweep CSV (none of the first "
                + examined + " lines starts 'YYYY-MM-DD, HH:MM:SS'; line 1: '" + shown.strip() + "')");
    }

    private static SweepTool toolOf(String line) {
        CsvFields fields = new CsvFields(line);
        fields.advance();
        String date = fields.text();
        if (!fields.advance()) {
            return null;
        }
        String time = fields.text();
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}") || !time.matches("\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?")) {
            return null;
        }
        return SweepClock.hasFraction(time) ? SweepTool.HACKRF_SWEEP : SweepTool.RTL_POWER;
    }
}
