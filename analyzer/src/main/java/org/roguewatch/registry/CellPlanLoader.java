package org.roguewatch.registry;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a plan file into a {@link CellPlan}. Strict mode stops at the first bad row; lenient mode
 * skips bad rows (including duplicates, keeping the first), counts them and keeps their messages.
 * Problems with the file itself or its header stop the load in either mode.
 */
final class CellPlanLoader {
    /** Lenient mode keeps this many messages; {@link CellPlan#skippedRows()} still counts every row. */
    static final int MAX_PROBLEMS_KEPT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(CellPlanLoader.class);

    private final Path file;
    private final boolean lenient;
    private final CellPlanIndex index = new CellPlanIndex();
    private final List<String> problems = new ArrayList<>();
    private int skipped;

    private CellPlanLoader(Path file, boolean lenient) {
        this.file = file;
        this.lenient = lenient;
    }

    static CellPlan load(Path file, boolean lenient) throws PlanException {
        long started = System.nanoTime();
        CellPlanLoader loader = new CellPlanLoader(file, lenient);
        loader.checkFile();
        loader.read();
        CellPlan plan = new CellPlan(loader.index, loader.skipped, loader.problems);
        LOG.info("cell plan {}: {} cells, {} PLMN(s), {} bad rows skipped, {} ms", file, plan.size(),
                plan.plmns().size(), loader.skipped, (System.nanoTime() - started) / 1_000_000);
        if (loader.skipped > 0) {
            LOG.warn("cell plan {}: skipped {} bad row(s) (--lenient); first: {}", file, loader.skipped,
                    loader.problems.get(0));
        }
        return plan;
    }

    private void checkFile() throws PlanException {
        PlanException.checkReadable(file, "a cell plan file");
    }

    private void read() throws PlanException {
        CsvLine line = new CsvLine();
        try (LineReader reader = new LineReader(file)) {
            try {
                PlanRowParser parser = new PlanRowParser(header(reader, line), file.toString());
                String text;
                while ((text = reader.next()) != null) {
                    row(parser, line, text, reader.lineNumber());
                }
            } catch (CharacterCodingException e) {
                throw new PlanException(file, reader.lineNumber(), null, "line is not UTF-8 text");
            } catch (IOException e) {
                throw new PlanException(file, reader.lineNumber(), null, "cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        } catch (IOException e) {
            throw new PlanException(file, 0, null, "cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private PlanHeader header(LineReader reader, CsvLine line) throws IOException, PlanException {
        String text = reader.next();
        if (text == null) {
            throw new PlanException(file, 0, null, "is empty: no header line (expected "
                    + String.join(",", headerNames()) + ")");
        }
        try {
            line.split(text);
            return PlanHeader.parse(line);
        } catch (RowProblem problem) {
            throw new PlanException(file, reader.lineNumber(), problem.field(), problem.getMessage());
        }
    }

    private void row(PlanRowParser parser, CsvLine line, String text, int lineNumber) throws PlanException {
        try {
            line.split(text);
            PlannedCell cell = parser.parse(line, lineNumber);
            PlannedCell earlier = index.add(cell);
            if (earlier != null) {
                throw new RowProblem(PlanColumn.CI_ECI.header(), duplicate(cell, earlier));
            }
        } catch (RowProblem problem) {
            if (!lenient) {
                throw new PlanException(file, lineNumber, problem.field(), problem.getMessage());
            }
            skipped++;
            if (problems.size() < MAX_PROBLEMS_KEPT) {
                problems.add(PlanException.format(file, lineNumber, problem.field(), problem.getMessage()));
            }
        }
    }

    private static String duplicate(PlannedCell cell, PlannedCell earlier) {
        String line = earlier.source().substring(earlier.source().lastIndexOf(':') + 1);
        if (cell.areaCode() != earlier.areaCode()) {
            return "LTE cell " + cell.cgi() + " repeats ECI " + cell.cellId() + " of " + earlier.cgi() + " on line "
                    + line + " (an ECI names one cell in its PLMN, TS 23.003 19.6)";
        }
        return cell.radio() + " cell " + cell.cgi() + " is already planned on line " + line;
    }

    private static List<String> headerNames() {
        List<String> names = new ArrayList<>();
        for (PlanColumn column : PlanColumn.ALL) {
            names.add(column.header());
        }
        return names;
    }
}
