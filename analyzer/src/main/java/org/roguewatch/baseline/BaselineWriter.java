package org.roguewatch.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.Radio;

/**
 * Writes a baseline in the text format described on {@link Baseline}: sorted, one count per line,
 * with comments that say what each block counts, so two baselines compare well with {@code diff}.
 */
final class BaselineWriter {
    private static final String HEADER = """
            # RogueWatch learned baseline: what each operator's cells normally broadcast, learned from
            # benign observations. Every number is a count of learned cells.
            #   <radio>.<mcc>-<mnc>.cells                  cells learned for the operator
            #   <radio>.<mcc>-<mnc>.message[<name>]        cells that sent that message at least once
            #   <radio>.<mcc>-<mnc>.<statistic>            cells in which the statistic was heard at all
            #   <radio>.<mcc>-<mnc>.<statistic>[<value>]   cells in which it took that value (a cell whose
            #                                              value changed counts under each value)
            # In names, %, [, ], = and control characters are written %XX (hex). Values of parameters are
            # the codes the cell broadcasts (tshark field names given), not converted units.
            # Format and meaning: org.roguewatch.baseline.Baseline.
            """;

    private BaselineWriter() {
    }

    static String format(Baseline baseline) {
        StringBuilder out = new StringBuilder(HEADER);
        line(out, BaselineKeys.VERSION_KEY, Baseline.FORMAT_VERSION);
        for (OperatorBaseline operator : baseline.operators()) {
            out.append('\n');
            operator(out, operator);
        }
        out.append('\n');
        line(out, BaselineKeys.END_KEY, baseline.operators().size());
        return out.toString();
    }

    /** Writes to a temporary file beside the target, then moves it in place, so a crash leaves the old file. */
    static void save(Baseline baseline, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, format(baseline), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void operator(StringBuilder out, OperatorBaseline operator) {
        OperatorKey key = new OperatorKey(operator.radio(), operator.mcc(), operator.mnc());
        out.append("# ").append(operator.radio()).append(' ').append(operator.plmn()).append(": ")
                .append(operator.cells()).append(operator.cells() == 1 ? " cell\n" : " cells\n");
        line(out, BaselineKeys.key(key, BaselineKeys.CELLS), operator.cells());
        out.append("# messages: cells that sent each at least once\n");
        operator.messageCells().forEach((name, cells) ->
                line(out, BaselineKeys.key(key, BaselineKeys.MESSAGE, name), cells));
        if (operator.radio() == Radio.GSM) {
            out.append("# gprs: cells whose GPRS support was heard (SI3/SI4 GPRS indicator, or SI13), by whether"
                    + " they offer it\n");
            tally(out, key, BaselineKeys.GPRS, operator.gprsTally());
            out.append("# neighbours: cells whose SI2 neighbour list was heard, by its number of ARFCNs\n");
            tally(out, key, BaselineKeys.NEIGHBOURS, operator.neighbourTally());
        }
        for (Map.Entry<CellField<?>, ValueTally> entry : operator.fieldTallies().entrySet()) {
            CellField<?> field = entry.getKey();
            out.append("# ").append(field.name());
            if (field.tsharkField() != null) {
                out.append(" (").append(field.tsharkField()).append(')');
            }
            out.append(": ").append(field.description()).append('\n');
            tally(out, key, field.name(), entry.getValue());
        }
    }

    private static void tally(StringBuilder out, OperatorKey key, String statistic, ValueTally tally) {
        line(out, BaselineKeys.key(key, statistic), tally.cells());
        tally.cellsByValue().forEach((value, cells) ->
                line(out, BaselineKeys.key(key, statistic, String.valueOf(value)), cells));
    }

    private static void line(StringBuilder out, String key, int value) {
        out.append(key).append(" = ").append(value).append('\n');
    }
}
