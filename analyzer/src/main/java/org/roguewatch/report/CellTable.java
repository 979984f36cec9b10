package org.roguewatch.report;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.LteFields;
import org.roguewatch.observe.Radio;

/**
 * The one-line-per-cell overview, one table per radio: each radio has its own telling columns
 * (GSM: T3212, CRO, GPRS, SI2 neighbours; LTE: band, reselection priorities, SIBs, ciphering).
 */
final class CellTable {
    private final PrintStream out;
    private final Map<CellObservation, CellAssessment> assessed = new HashMap<>();
    private final int probeWidth;

    CellTable(PrintStream out, AnalysisResult result) {
        this.out = out;
        // A fleet's table has one row per cell per probe, so each row names its probe.
        this.probeWidth = result.roster().isEmpty() ? 0
                : Math.max(5, result.roster().stream().mapToInt(p -> p.id().length()).max().orElse(5));
        for (CellAssessment assessment : result.assessments()) {
            assessment.cell().observations().forEach(o -> assessed.put(o, assessment));
        }
    }

    void print(AnalysisResult result) {
        List<CellObservation> gsm = result.cells().stream().filter(c -> c.radio() == Radio.GSM).toList();
        List<CellObservation> lte = result.cells().stream().filter(c -> c.radio() == Radio.LTE).toList();
        out.printf("Cells heard by %s: %d GSM, %d LTE   (detectors run: %d)%n", result.heardBy(), gsm.size(),
                lte.size(), result.detectors().size());
        if (!gsm.isEmpty()) {
            gsm(gsm);
        }
        if (!lte.isEmpty()) {
            lte(lte);
        }
        out.println();
    }

    private void gsm(List<CellObservation> cells) {
        out.printf("  %s%5s  %-20s %-10s %5s  %5s %4s %4s  %-28s %-6s %-16s %8s%n", probeColumn("probe"), "ARFCN", "MCC-MNC-LAC-CI", "verdict",
                "score", "T3212", "CRO", "GPRS", "neighbours (SI2)", "2ter", "level dBm", "frames");
        for (CellObservation cell : cells) {
            String multiband = cell.latest(GsmFields.NEIGHBOURS_MULTIBAND) == null ? "-"
                    : cell.latest(GsmFields.NEIGHBOURS_MULTIBAND).size() + " ch";
            out.printf("  %s%5d  %-20s %-10s %5.1f  %5s %4s %4s  %-28s %-6s %-16s %8d%n", probeColumn(cell.probeId()),
                    cell.channel(),
                    cell.identity(), verdict(cell), score(cell), valueOf(cell, GsmFields.T3212),
                    valueOf(cell, GsmFields.CELL_RESELECT_OFFSET), valueOf(cell, GsmFields.GPRS_INDICATOR),
                    clip(valueOf(cell, GsmFields.NEIGHBOURS), 28), multiband, level(cell), cell.signal().samples());
        }
    }

    /** Priorities read serving/LTE/UTRA/GERAN so a 2G or 3G layer ranked above LTE shows at a glance. */
    private void lte(List<CellObservation> cells) {
        out.printf("  %s%6s  %-24s %-10s %5s  %4s  %-11s %-14s %-7s %-16s %8s%n", probeColumn("probe"), "EARFCN", "MCC-MNC-TAC-ECI", "verdict",
                "score", "band", "prio S/L/U/G", "SIBs", "EEA/NAS", "level dBm", "frames");
        for (CellObservation cell : cells) {
            String priorities = valueOf(cell, LteFields.SERVING_PRIORITY) + "/"
                    + valueOf(cell, LteFields.EUTRA_MAX_PRIORITY) + "/" + valueOf(cell, LteFields.UTRA_MAX_PRIORITY)
                    + "/" + valueOf(cell, LteFields.GERAN_MAX_PRIORITY);
            String ciphering = valueOf(cell, LteFields.RRC_CIPHER_ALGORITHM) + "/"
                    + valueOf(cell, LteFields.NAS_CIPHER_ALGORITHM);
            out.printf("  %s%6d  %-24s %-10s %5.1f  %4s  %-11s %-14s %-7s %-16s %8d%n", probeColumn(cell.probeId()),
                    cell.channel(), cell.identity(),
                    verdict(cell), score(cell), valueOf(cell, LteFields.FREQ_BAND), priorities,
                    clip(valueOf(cell, LteFields.SCHEDULED_SIBS), 14), ciphering, level(cell),
                    cell.signal().samples());
        }
    }

    private String probeColumn(String text) {
        return probeWidth == 0 ? "" : String.format("%-" + probeWidth + "s  ", text);
    }

    private String verdict(CellObservation cell) {
        CellAssessment assessment = assessed.get(cell);
        return assessment == null ? "-" : assessment.verdict().jsonName().toUpperCase(Locale.ROOT);
    }

    private double score(CellObservation cell) {
        CellAssessment assessment = assessed.get(cell);
        return assessment == null ? 0.0 : assessment.score();
    }

    private static String level(CellObservation cell) {
        return cell.signal().samples() == 0 ? "-"
                : String.format("%d/%.1f/%d", cell.signal().minDbm(), cell.signal().meanDbm(), cell.signal().maxDbm());
    }

    private static String clip(String text, int width) {
        return text.length() > width ? text.substring(0, width - 3) + "..." : text;
    }

    static String valueOf(CellObservation cell, CellField<?> field) {
        Object value = cell.latest(field);
        return value == null ? "-" : ReportFormat.humanValue(value);
    }
}
