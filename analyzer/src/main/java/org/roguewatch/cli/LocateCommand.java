package org.roguewatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.analyze.DetectionSetupLoader;
import org.roguewatch.analyze.OfflineAnalysis;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.detect.Verdict;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.locate.LocateSettings;
import org.roguewatch.locate.export.GeoJsonWriter;
import org.roguewatch.locate.export.KmlWriter;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.registry.PlanException;
import org.roguewatch.broadcast.FmAnalysis;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.broadcast.FmInputs;
import org.roguewatch.detect.fm.FmDetectors;
import org.roguewatch.detect.fm.FmProbeSite;
import org.roguewatch.locate.report.LocationReport;
import org.roguewatch.registry.FmLicenceLoader;
import org.roguewatch.registry.ProbeRoster;
import org.roguewatch.report.FmSection;
import org.roguewatch.registry.RosterProbe;
import org.roguewatch.report.JsonLinesReport;
import org.roguewatch.report.LocationReportPrinter;

/**
 * {@code roguewatch locate --probes probes.csv [--plan PLAN] [--geojson F] [--kml F] [CAPTURES…]}:
 * the fleet analysis of {@code analyze --probes}, reported as where the suspicious and rogue cells
 * are, with maps for GIS tools and Google Earth.
 */
final class LocateCommand implements Command {
    private static final Set<String> FLAGS = Set.of("json", "all", "no-calibration", "progress", "no-progress",
            "libpcap", "lenient");
    private static final Set<String> OPTIONS = Set.of("probes", "plan", "config", "baseline", "geojson", "kml", "port",
            "licences", "calibration");

    @Override
    public String name() {
        return "locate";
    }

    @Override
    public String summary() {
        return "locate suspicious and rogue cells from a probe fleet's captures; GeoJSON and KML maps";
    }

    @Override
    public String help() {
        return """
                Usage: roguewatch locate --probes probes.csv [options] [CAPTURES...]

                Reads each probe's captures (listed in probes.csv, with the probe's position or GPS
                track; roguewatch simulate writes one), judges every cell over all probes, and
                locates each suspicious or rogue cell from the levels the probes received:
                maximum likelihood on a log-distance path-loss model calibrated on the planned
                cells the probes hear, with 50 % and 95 % ellipses and the Cramér–Rao bound of the
                probe geometry; a cell that moves is tracked minute by minute (MOVING-EMITTER), one
                identity at two places is CLONED-IDENTITY. Too few or badly placed probes give
                "underdetermined" and what the levels do allow, never a made-up point.

                Options:
                  --probes FILE     the fleet (columns probe, pcap, sweep, time, lat, lon, height_m)
                  --plan FILE       the operator's cell plan: calibration and the plan detectors
                  --config FILE     analyzer settings (config/analyzer.properties)
                  --baseline FILE   learned baseline (roguewatch baseline)
                  --geojson FILE    write the locations, ellipses, tracks and probes as GeoJSON (RFC 7946)
                  --kml FILE        the same as KML 2.2 for Google Earth
                  --json            JSON lines (cells, findings, calibration, locations) instead of text
                  --all             locate every cell, not only suspicious and rogue ones
                  --no-calibration  use the default urban model (n 3.5, PL(100 m) 88 dB, σ 6 dB)
                  --licences FILE   the licensed FM stations (config/fm-licences.csv): the probes' sweeps
                                    (column sweep, or sweep CSVs / SigMF in the capture lists) are
                                    analysed too, every unlicensed FM carrier located on a path-loss
                                    model fitted to the licensed stations, and the maps include them
                  --calibration PROBE=DB[,...]  per-probe receiver dB to dBm offsets for the sweeps
                  --lenient         skip bad plan and licence rows
                  --port N          GSMTAP UDP port in the captures (default 4729)
                  --libpcap         read captures through libpcap
                  --progress / --no-progress
                  CAPTURES...       only these of the fleet's captures (each must be listed in probes.csv)

                Exit status: 0 done, 1 an input could not be read or is invalid (FILE:LINE: field 'x'),
                2 bad command line.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Arguments arguments = Arguments.parse(args, FLAGS, OPTIONS);
        String probes = arguments.value("probes", null);
        if (probes == null) {
            throw new UsageException("--probes FILE is required");
        }
        boolean json = arguments.flag("json");
        boolean showProgress = arguments.flag("progress")
                || (!arguments.flag("no-progress") && System.console() != null);
        ReplayProgress progress = showProgress ? new ProgressPrinter(err) : ReplayProgress.NONE;
        AnalysisResult result;
        try {
            String plan = arguments.value("plan", null);
            String config = arguments.value("config", null);
            String baseline = arguments.value("baseline", null);
            DetectionSetup detection = DetectionSetupLoader.load(config == null ? null : Path.of(config),
                    plan == null ? null : Path.of(plan), arguments.flag("lenient"),
                    baseline == null ? null : Path.of(baseline));
            ProbeRoster roster = only(ProbeRoster.load(Path.of(probes)), arguments.positional());
            LocateSettings defaults = LocateSettings.defaults(detection.engine().scoring());
            LocateSettings settings = new LocateSettings(defaults.defaults(), !arguments.flag("no-calibration"),
                    arguments.flag("all") ? Set.of(Verdict.values()) : defaults.targets(), defaults.prior(),
                    defaults.trackQ(), defaults.scoring());
            OfflineAnalysis.Options options = new OfflineAnalysis.Options("fleet",
                    arguments.intValue("port", GsmtapHeader.DEFAULT_UDP_PORT, 1, 65535), arguments.flag("libpcap"),
                    detection);
            JsonLinesReport jsonReport = new JsonLinesReport(out);
            if (json) {
                jsonReport.header(Main.VERSION, List.of(probes), detection.activeDetectors(),
                        arguments.value("licences", null) == null ? List.of() : FmDetectors.all());
            }
            String licences = arguments.value("licences", null);
            FmInputs inputs = FmInputs.of(roster);
            Map<String, FmProbeSite> sites = FmInputs.sites(roster);
            if (licences != null) {
                roster = roster.restrictedTo(inputs.captures());
            }
            result = OfflineAnalysis.runFleet(roster, options, settings, (ref, header, message) -> { }, progress);
            FmAnalysisResult fm = licences == null ? null : FmAnalysis.run(inputs.spectra(), new FmAnalysis.Options(
                    FmLicenceLoader.load(Path.of(licences), arguments.flag("lenient")),
                    sites, false, AnalyzeCommand.calibration(arguments)));
            LocationReport maps = fm == null ? result.located().report() : fm.withCarriers(result.located().report());
            String geojson = arguments.value("geojson", null);
            if (geojson != null) {
                GeoJsonWriter.write(maps, Path.of(geojson));
            }
            String kml = arguments.value("kml", null);
            if (kml != null) {
                KmlWriter.write(maps, Path.of(kml));
            }
            if (json) {
                jsonReport.cells(result);
                jsonReport.locations(result);
                if (fm != null) {
                    jsonReport.carriers(fm);
                }
                jsonReport.summary(result, fm);
            } else {
                LocationReportPrinter.print(out, result, geojson, kml);
                if (fm != null) {
                    out.println();
                    new FmSection(out).print(fm);
                }
            }
        } catch (PlanException | IOException e) {
            out.flush();
            err.println("roguewatch locate: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    /** The roster restricted to the named captures (each must be one of its files). */
    private static ProbeRoster only(ProbeRoster roster, List<String> captures) throws IOException {
        if (captures.isEmpty()) {
            return roster;
        }
        List<Path> wanted = new ArrayList<>();
        for (String name : captures) {
            Path path = Path.of(name).toAbsolutePath().normalize();
            boolean listed = roster.probes().stream().anyMatch(p -> p.captures().contains(path));
            if (!listed) {
                throw new IOException(name + ": not a capture of any probe in " + roster.file());
            }
            wanted.add(path);
        }
        return roster.restrictedTo(wanted);
    }
}
