package org.roguewatch.report;

import java.io.PrintStream;
import java.util.Locale;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.broadcast.FmAssessment;
import org.roguewatch.broadcast.FmLocation;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.fm.FmCarrier;
import org.roguewatch.detect.fm.FmFinding;
import org.roguewatch.locate.LocateResult;
import org.roguewatch.locate.PathLossCalibration;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.spectrumobs.SpectrumObservation;
import org.roguewatch.spectrumobs.SpectrumReading;

/** The human report's FM part: the carriers heard, their findings with evidence, and where the rogue ones are. */
public final class FmSection {
    private final PrintStream out;

    public FmSection(PrintStream out) {
        this.out = out;
    }

    public void print(FmAnalysisResult fm) {
        out.printf(Locale.ROOT, "FM spectrum: %d file(s), %d carrier(s), %d finding(s) (%.2f s)%n", fm.readings().size(),
                fm.carriers().size(), fm.findings(), fm.elapsed().toNanos() / 1e9);
        for (SpectrumReading reading : fm.readings()) {
            out.printf(Locale.ROOT, "  %s (%s, %,d spectra)%n", reading.source(), reading.format(), reading.spectra());
        }
        out.println(fm.licences().file() == null ? "  licence register: none given (--licences): every carrier is"
                + " unlicensed" : String.format(Locale.ROOT, "  licence register: %d station(s) from %s%s",
                fm.licences().size(), fm.licences().file(), fm.licences().skippedRows() == 0 ? ""
                        : ", " + fm.licences().skippedRows() + " bad row(s) skipped (--lenient)"));
        out.println();
        out.printf("  %-9s %9s %9s %9s  %-44s %-10s %5s  %s%n", "MHz", "level dBm", "width kHz", "occupancy",
                "licence (offset) RDS", "verdict", "score", "probes");
        for (FmAssessment assessment : fm.carriers()) {
            FmCarrier carrier = assessment.carrier();
            SpectrumObservation strongest = carrier.strongest();
            String licence = carrier.licence() == null ? "(none)" : String.format(Locale.ROOT, "%s (%+.1f kHz)%s",
                    carrier.licence().station(), carrier.offsetFromLicenceHz() / 1e3, assessment.licensed() ? ""
                            : " not receivable");
            if (strongest.rds() != null) {
                licence += " RDS " + (strongest.rds().pi() == null ? "none" : strongest.rds().piHex());
            }
            out.printf(Locale.ROOT, "  %-9.3f %9.1f %9.0f %8.0f %%  %-44s %-10s %5.1f  %s%n", carrier.frequencyHz() / 1e6,
                    strongest.meanLevelDbm(), strongest.bandwidthHz() / 1e3, 100 * strongest.occupancy(),
                    truncate(licence, 44), assessment.verdict().jsonName().toUpperCase(Locale.ROOT), assessment.score(),
                    String.join(",", carrier.probes()));
        }
        out.println();
        for (FmAssessment assessment : fm.carriers()) {
            if (assessment.findings().isEmpty()) {
                continue;
            }
            out.printf(Locale.ROOT, "Findings on %s — %s, score %.1f%n", assessment.carrier().label(),
                    assessment.verdict().jsonName().toUpperCase(Locale.ROOT), assessment.score());
            for (FmFinding finding : assessment.findings()) {
                out.printf("  [%-6s] %-26s %s%n", finding.severity().label(), finding.signature(), finding.summary());
                for (Evidence evidence : finding.evidence()) {
                    out.printf("           %-7s %s@%d  %s = %s   (expected %s)%n", evidence.probe(),
                            evidence.source(), evidence.frame(), evidence.field(), evidence.value(), evidence.expected());
                }
            }
            out.println();
        }
        if (!fm.locations().isEmpty()) {
            locations(fm);
        }
        if (fm.annotations() > 0) {
            out.printf("SigMF annotations written: %d (--annotate)%n", fm.annotations());
        }
        out.println(fm.malformed().isEmpty() ? "Malformed spectrum input: none"
                : "Malformed spectrum input: " + fm.malformed());
        out.println();
    }

    private void locations(FmAnalysisResult fm) {
        PathLossCalibration calibration = fm.calibration();
        out.printf(Locale.ROOT, "FM locations — path loss %s%n", calibration.fitted() ? calibration.note()
                .replace("planned-cell", "licensed-station").replace("farther cells", "farther stations") : String.format(Locale.ROOT,
                "n %.2f, PL(%.0f m) %.1f dB, σ %.1f dB (defaults: %s)", calibration.model().exponent(),
                calibration.model().referenceMetres(), calibration.model().referenceLossDb(),
                calibration.model().sigmaDb(), calibration.note()));
        for (FmLocation location : fm.locations()) {
            String name = location.assessment().carrier().label();
            LocateResult result = location.result();
            EmitterLocation geo = location.geo();
            if (geo != null) {
                out.printf(Locale.ROOT, "  %-14s %-6s %.6f, %.6f  95%%: %.0f×%.0f m at %.0f°  CRLB %.0f m  EIRP %.0f dBm"
                        + "  probes: %s%n", name, geo.verdict().toUpperCase(Locale.ROOT), geo.lat(), geo.lon(),
                        geo.ellipse95().semiMajorM(), geo.ellipse95().semiMinorM(), geo.ellipse95().orientationDeg(),
                        geo.crlbM(), geo.transmitDbm(), String.join(",", geo.probes()));
            } else if (result instanceof LocateResult.Underdetermined under) {
                out.printf("  %-14s not located: %s%n", name, under.reason());
            } else if (result instanceof LocateResult.Rejected rejected) {
                out.printf("  %-14s not located: %s: %s%n", name, rejected.probeId(), rejected.reason());
            }
        }
        out.println();
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
