package org.roguewatch.spectrumobs;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.roguewatch.spectrum.sweep.Sweep;
import org.roguewatch.spectrum.sweep.SweepRow;

/**
 * Remembers the lines of the rows read since the last sweep was emitted, so each sweep's values can
 * be traced to the CSV line of the row that covered a frequency. A sweep's rows are consecutive good
 * lines from its first row on (both tools write one pass, then the next): the first {@code rows} of
 * those remembered from its first line, whether the assembler emitted it on its last row or on the
 * next sweep's first.
 */
final class SweepRows {
    private record Row(long line, double lowHz, double highHz, Instant time) {
    }

    private final Deque<Row> pending = new ArrayDeque<>();

    /** Call before the assembler takes the row. */
    void read(SweepRow row) {
        pending.add(new Row(row.ref().frame(), row.hzLow(), row.hzHigh(), row.time()));
    }

    /** The rows of {@code sweep}, taken out of those remembered; a locator over them. */
    EvidenceLocator emitted(Sweep sweep) {
        long firstLine = sweep.firstRow().frame();
        while (!pending.isEmpty() && pending.peekFirst().line() < firstLine) {
            pending.removeFirst();
        }
        List<Row> rows = new ArrayList<>(sweep.rows());
        while (!pending.isEmpty() && rows.size() < sweep.rows()) {
            rows.add(pending.removeFirst());
        }
        String source = sweep.firstRow().source();
        Instant time = sweep.time(); // the locator outlives the sweep: keep none of its bins
        return hz -> {
            for (Row row : rows) {
                if (hz >= row.lowHz() && hz <= row.highHz()) {
                    return SpectrumEvidence.sweepLine(source, row.line(), row.time());
                }
            }
            return SpectrumEvidence.sweepLine(source, firstLine, time);
        };
    }
}
