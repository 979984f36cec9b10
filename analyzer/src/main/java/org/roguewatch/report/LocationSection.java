package org.roguewatch.report;

import java.io.PrintStream;
import java.util.Locale;
import org.roguewatch.locate.FleetLocation;
import org.roguewatch.locate.LocateResult;
import org.roguewatch.locate.PathLossCalibration;
import org.roguewatch.locate.TargetLocation;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.TrackPoint;

/** The human report's "where are they" part: the calibrated model, then each target's position or why there is none. */
final class LocationSection {
    private LocationSection() {
    }

    static void print(PrintStream out, FleetLocation located) {
        PathLossCalibration calibration = located.calibration();
        if (calibration.fitted()) {
            out.println("Locations — path loss " + calibration.note());
        } else {
            out.printf(Locale.ROOT, "Locations — path loss n %.2f, PL(%.0f m) %.1f dB, σ %.1f dB (defaults: %s)%n",
                    calibration.model().exponent(), calibration.model().referenceMetres(),
                    calibration.model().referenceLossDb(), calibration.model().sigmaDb(), calibration.note());
        }
        if (!calibration.probeOffsetsDb().isEmpty()) {
            StringBuilder offsets = new StringBuilder();
            calibration.probeOffsetsDb().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> offsets.append(String.format(Locale.ROOT, " %s %+.1f", e.getKey(), e.getValue())));
            out.println("  probe offsets (dB of extra loss):" + offsets);
        }
        if (located.targets().isEmpty()) {
            out.println("  no suspicious or rogue cell to locate");
        }
        for (TargetLocation target : located.targets()) {
            String name = target.assessment().cell().ref().toString();
            String verdict = target.assessment().verdict().jsonName().toUpperCase(Locale.ROOT);
            LocateResult result = target.result();
            if (target.geo() != null) {
                EmitterLocation geo = target.geo();
                out.printf(Locale.ROOT, "  %-28s %-10s %.6f, %.6f  95%%: %s  CRLB %s  EIRP %.0f dBm  %s probes: %s%n",
                        name, verdict, geo.lat(), geo.lon(), ellipse(geo.ellipse95().semiMajorM(),
                                geo.ellipse95().semiMinorM(), geo.ellipse95().orientationDeg()),
                        metres(geo.crlbM()), geo.transmitDbm(), geo.method(), String.join(",", geo.probes()));
                if (!geo.track().isEmpty()) {
                    TrackPoint first = geo.track().get(0);
                    TrackPoint last = geo.track().get(geo.track().size() - 1);
                    out.printf(Locale.ROOT, "  %-28s moving: %d track points %s .. %s, from %.6f, %.6f to %.6f, %.6f"
                            + " (position above is the last)%n", "", geo.track().size(), first.time(), last.time(),
                            first.lat(), first.lon(), last.lat(), last.lon());
                }
            } else if (result instanceof LocateResult.Underdetermined under) {
                out.printf("  %-28s %-10s not located: %s%n", name, verdict, under.reason());
                if (under.region() != null) {
                    LocateResult.Region region = under.region();
                    double[] centre = located.plane().toLatLon(region.east(), region.north());
                    out.printf(Locale.ROOT, "  %-28s what the levels allow: %s around %.6f, %.6f, radius %s%n", "",
                            region.kind(), centre[0], centre[1], region.innerRadiusM() == region.outerRadiusM()
                                    ? metres(region.innerRadiusM())
                                    : metres(region.innerRadiusM()) + " to " + metres(region.outerRadiusM()));
                }
            } else if (result instanceof LocateResult.Rejected rejected) {
                out.printf("  %-28s %-10s not located: probe '%s': %s%n", name, verdict, rejected.probeId(),
                        rejected.reason());
            }
        }
        out.println();
    }

    private static String ellipse(double major, double minor, double orientation) {
        if (!Double.isFinite(major)) {
            return "unbounded";
        }
        return String.format(Locale.ROOT, "%.0f×%.0f m at %.0f°", major, minor, orientation);
    }

    private static String metres(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.0f m", value) : "unbounded";
    }
}
