package org.roguewatch.registry;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code fm-licences.csv} (format in config/README.md): a header naming the columns in any
 * order, then one licensed station per row. Strict by default, like the cell plan: the first bad
 * row stops the load with {@code FILE:LINE: field 'x': message}; with {@code lenient} bad rows are
 * skipped, counted and the first few kept for the report.
 */
public final class FmLicenceLoader {
    private static final Logger LOG = LoggerFactory.getLogger(FmLicenceLoader.class);
    static final List<String> COLUMNS = List.of("frequency_hz", "station", "lat", "lon", "erp_dbm", "height_m",
            "pi_code", "tolerance_hz");
    private static final List<String> REQUIRED = List.of("frequency_hz", "station", "lat", "lon", "erp_dbm");
    /** Height assumed when the register gives none: a rooftop mast. */
    static final double DEFAULT_HEIGHT_M = 30;
    /** ITU-R Radio Regulations Appendix 2: 2000 Hz for FM sound broadcasting above 50 W. */
    static final long DEFAULT_TOLERANCE_HZ = 2_000;
    private static final int MAX_PROBLEMS_KEPT = 20;

    private final Path file;
    private final boolean lenient;
    private final List<FmLicence> licences = new ArrayList<>();
    private final Map<String, FmLicence> bySiteAndFrequency = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int skipped;

    private FmLicenceLoader(Path file, boolean lenient) {
        this.file = file;
        this.lenient = lenient;
    }

    public static FmLicences load(Path file, boolean lenient) throws PlanException {
        FmLicenceLoader loader = new FmLicenceLoader(file, lenient);
        PlanException.checkReadable(file, "a licence file");
        loader.read();
        if (loader.licences.isEmpty() && loader.skipped == 0) {
            throw new PlanException(file, 0, null, "lists no licensed station");
        }
        LOG.info("FM licences {}: {} stations, {} bad rows skipped", file, loader.licences.size(), loader.skipped);
        if (loader.skipped > 0) {
            LOG.warn("FM licences {}: skipped {} bad row(s) (--lenient); first: {}", file, loader.skipped,
                    loader.problems.get(0));
        }
        return new FmLicences(file, loader.licences, loader.skipped, loader.problems);
    }

    private void read() throws PlanException {
        CsvLine line = new CsvLine();
        try (LineReader reader = new LineReader(file)) {
            try {
                String text = reader.next();
                if (text == null) {
                    throw new PlanException(file, 0, null, "is empty: no header line (expected "
                            + String.join(",", COLUMNS) + ")");
                }
                int[] index = header(line, text, reader.lineNumber());
                while ((text = reader.next()) != null) {
                    row(line, text, index, reader.lineNumber());
                }
            } catch (CharacterCodingException e) {
                throw new PlanException(file, reader.lineNumber(), null, "line is not UTF-8 text");
            }
        } catch (IOException e) {
            throw new PlanException(file, 0, null, "cannot be read: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    private int[] header(CsvLine line, String text, int number) throws PlanException {
        int[] index = new int[COLUMNS.size()];
        Arrays.fill(index, -1);
        try {
            line.split(text);
            for (int i = 0; i < line.size(); i++) {
                String name = line.text(i).toLowerCase(Locale.ROOT);
                int column = COLUMNS.indexOf(name);
                if (column < 0) {
                    throw new RowProblem(line.text(i), "unknown column (expected " + String.join(",", COLUMNS) + ")");
                }
                if (index[column] >= 0) {
                    throw new RowProblem(name, "column appears twice in the header");
                }
                index[column] = i;
            }
        } catch (RowProblem problem) {
            throw new PlanException(file, number, problem.field(), problem.getMessage());
        }
        for (String required : REQUIRED) {
            if (index[COLUMNS.indexOf(required)] < 0) {
                throw new PlanException(file, number, required, "required column is missing from the header");
            }
        }
        index = Arrays.copyOf(index, index.length + 1);
        index[COLUMNS.size()] = line.size();
        return index;
    }

    private void row(CsvLine line, String text, int[] index, int number) throws PlanException {
        try {
            line.split(text);
            int width = index[COLUMNS.size()];
            if (line.size() != width) {
                throw new RowProblem(null, "has " + line.size() + " fields, the header has " + width);
            }
            FmLicence licence = parse(line, index, number);
            String key = licence.frequencyHz() + "@" + licence.latitude() + "," + licence.longitude();
            FmLicence earlier = bySiteAndFrequency.putIfAbsent(key, licence);
            if (earlier != null) {
                throw new RowProblem("frequency_hz", "the same frequency from the same site is already licensed on "
                        + earlier.source());
            }
            licences.add(licence);
        } catch (RowProblem problem) {
            if (!lenient) {
                throw new PlanException(file, number, problem.field(), problem.getMessage());
            }
            skipped++;
            if (problems.size() < MAX_PROBLEMS_KEPT) {
                problems.add(PlanException.format(file, number, problem.field(), problem.getMessage()));
            }
        }
    }

    private FmLicence parse(CsvLine line, int[] index, int number) throws RowProblem {
        long frequency = FieldParser.whole(line, index[0], "frequency_hz", 87_500_000, 108_000_000,
                "an FM broadcast frequency in Hz");
        FieldParser.requireValue(line, index[1], "station");
        String station = line.text(index[1]);
        double lat = FieldParser.decimal(line, index[2], "lat", -90, 90, "a latitude");
        double lon = FieldParser.decimal(line, index[3], "lon", -180, 180, "a longitude");
        double erp = FieldParser.decimal(line, index[4], "erp_dbm", -30, 100, "an ERP in dBm");
        Double height = FieldParser.optionalDecimal(line, index[5], "height_m", 0, 2_000, "an antenna height in metres");
        Integer pi = index[6] < 0 || line.isEmpty(index[6]) ? null : piCode(line, index[6]);
        long tolerance = index[7] < 0 || line.isEmpty(index[7]) ? DEFAULT_TOLERANCE_HZ
                : FieldParser.whole(line, index[7], "tolerance_hz", 1, 100_000, "a frequency tolerance in Hz");
        return new FmLicence(frequency, station, lat, lon, erp, height == null ? DEFAULT_HEIGHT_M : height, pi,
                tolerance, file + ":" + number);
    }

    /** Four hexadecimal digits (IEC 62106: the PI code is 16 bits, written in hex). */
    private static int piCode(CsvLine line, int i) throws RowProblem {
        String text = line.text(i);
        if (!text.matches("[0-9A-Fa-f]{4}")) {
            throw new RowProblem("pi_code", FieldParser.quoted(line, i) + " is not an RDS PI code (4 hex digits)");
        }
        return Integer.parseInt(text, 16);
    }
}
