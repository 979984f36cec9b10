package org.roguewatch.baseline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.roguewatch.observe.Radio;

/**
 * What each operator's cells normally broadcast, per radio and PLMN, as learned by
 * {@link BaselineLearner} from benign observations; detectors compare a cell with its operator's
 * {@link OperatorBaseline}. Immutable.
 *
 * <h2>File format (version 1)</h2>
 * UTF-8 text, one {@code key = value} per line, sorted, so that two baselines compare well with
 * {@code diff}; blank lines and lines starting with {@code #} are comments. The first setting is
 * {@code roguewatch.baseline.version = 1} and the last {@code roguewatch.baseline.end = N} with N the
 * number of operators, so a cut-off file is recognised. Every value is a count of learned cells.
 * Keys name the radio ({@code gsm}, {@code lte}) and PLMN, then a statistic, and in brackets a value
 * of it:
 * <pre>
 * gsm.262-02.cells = 14                                  cells learned for GSM 262-02
 * gsm.262-02.message[System Information Type 13] = 14    cells that sent SI13 at least once
 * gsm.262-02.gprs = 14                                   cells whose GPRS support was heard
 * gsm.262-02.gprs[true] = 14                             ... of which offer GPRS (gprs[false]: do not)
 * gsm.262-02.neighbours = 14                             cells whose SI2 neighbour list was heard
 * gsm.262-02.neighbours[5] = 9                           ... listing 5 ARFCNs
 * gsm.262-02.rxlevAccessMin = 14                         cells that broadcast RXLEV_ACCESS_MIN
 * gsm.262-02.rxlevAccessMin[9] = 14                      ... with code 9
 * </pre>
 * A bare statistic counts the cells it rests on; a cell whose value changed while it was observed
 * counts under each value. Parameters are the {@linkplain TrackedFields tracked fields}, named by
 * their JSON (tshark-like) names, with the coded values the cell broadcasts; booleans are
 * {@code true}/{@code false}. In bracketed names {@code %}, {@code [}, {@code ]}, {@code =} and
 * control characters are written {@code %XX} (hex). Reading rejects, with {@code FILE:LINE:}, a
 * missing or other version, unknown or repeated keys, bad numbers, counts that contradict each other
 * (a value on more cells than carried the statistic) and a missing end line. An example generated
 * from a real capture is {@code config/baseline-example.txt}.
 */
public final class Baseline {
    /** The version of the file format this class writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private static final Baseline EMPTY = new Baseline(Map.of());

    private final Map<OperatorKey, OperatorBaseline> operators;

    private Baseline(Map<OperatorKey, OperatorBaseline> operators) {
        this.operators = operators;
    }

    /** A baseline that knows no operator: every {@link #forOperator} is empty. */
    public static Baseline empty() {
        return EMPTY;
    }

    static Baseline of(Collection<OperatorBaseline> operators) {
        TreeMap<OperatorKey, OperatorBaseline> sorted = new TreeMap<>();
        for (OperatorBaseline operator : operators) {
            OperatorKey key = new OperatorKey(operator.radio(), operator.mcc(), operator.mnc());
            if (sorted.put(key, operator) != null) {
                throw new IllegalArgumentException("operator " + key + " given twice");
            }
        }
        return sorted.isEmpty() ? EMPTY : new Baseline(Collections.unmodifiableSortedMap(sorted));
    }

    /** Every operator learned, ordered by radio, MCC and MNC. */
    public List<OperatorBaseline> operators() {
        return List.copyOf(operators.values());
    }

    /** The baseline of the operator's cells of this radio, if any were learned. */
    public Optional<OperatorBaseline> forOperator(Radio radio, String mcc, String mnc) {
        return Optional.ofNullable(operators.get(new OperatorKey(radio, mcc, mnc)));
    }

    public boolean isEmpty() {
        return operators.isEmpty();
    }

    /** The file text {@link #save} writes. */
    public String toText() {
        return BaselineWriter.format(this);
    }

    /** Writes the baseline to a file (replacing it whole, never leaving half a file). */
    public void save(Path file) throws IOException {
        BaselineWriter.save(this, file);
    }

    /**
     * Reads a baseline written by {@link #save} (or by hand, in the same format).
     *
     * @throws BaselineFileException with {@code FILE:LINE: what is wrong} when the text is not a valid baseline
     * @throws IOException           when the file cannot be read
     */
    public static Baseline load(Path file) throws IOException {
        return BaselineReader.read(file);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Baseline that && operators.equals(that.operators);
    }

    @Override
    public int hashCode() {
        return operators.hashCode();
    }

    @Override
    public String toString() {
        return "Baseline" + operators.values();
    }
}
