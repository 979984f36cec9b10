package org.roguewatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.broadcast.FmAnalysis;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.broadcast.FmInputs;
import org.roguewatch.detect.fm.FmDetectors;
import org.roguewatch.registry.FmLicenceLoader;
import org.roguewatch.report.FmSection;
import org.roguewatch.analyze.DetectionSetupLoader;
import org.roguewatch.analyze.OfflineAnalysis;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.locate.LocateSettings;
import org.roguewatch.probe.MessageListener;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.registry.PlanException;
import org.roguewatch.registry.ProbeRoster;
import org.roguewatch.report.HumanReport;
import org.roguewatch.report.JsonLinesReport;

/** {@code roguewatch analyze FILE…}: decode captures offline and report every cell in them. */
final class AnalyzeCommand implements Command {
    private static final Set<String> FLAGS = Set.of("json", "messages", "progress", "no-progress", "libpcap", "lenient",
            "annotate");
    private static final Set<String> OPTIONS = Set.of("port", "probe", "probes", "plan", "baseline", "config",
            "licences", "calibration");

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "decode GSMTAP captures (pcap/pcapng) and spectrum files (sweeps, SigMF); report every cell and FM carrier";
    }

    @Override
    public String help() {
        return """
                Usage: roguewatch analyze [options] FILE...
                       roguewatch analyze --probes probes.csv [options]

                Decodes the GSMTAP frames in pcap or pcapng captures (from gr-gsm, OsmocomBB,
                srsRAN, Wireshark...) and reports every GSM cell heard: identity, neighbour lists,
                T3212, reselection offsets and the other System Information parameters, each with
                the frame that carried it; runs every detector over each cell and gives its verdict
                (ok, suspicious, rogue), score and findings with evidence; counts messages and
                malformed input.

                Options:
                  --plan FILE      the operator's cell plan (CSV, see config/cell-plan.csv): enables the
                                   plan detectors (CELL-NOT-IN-PLAN, CELL-PLAN-MISMATCH, PHYSICAL-ID-CLASH)
                  --lenient        skip bad plan and licence rows (counted and reported) instead of refusing the file
                  --baseline FILE  what the operator's cells normally broadcast (roguewatch baseline)
                  --config FILE    analyzer settings: home/partner PLMNs, protected SMS senders, scoring,
                                   each detector's on/off, severity, weight and thresholds
                                   (see config/analyzer.properties; defaults apply without it)
                  --json           write JSON lines (one object per line, schema in README.md)
                  --messages       also list each decoded message with its frame number
                  --port N         GSMTAP UDP port to pick out of the captures (default 4729)
                  --probe ID       probe id to attribute the observations to (default: local)
                  --probes FILE    a probe fleet (probes.csv: id, capture files, position or GPS track;
                                   what roguewatch simulate writes): each probe's captures are read as
                                   that probe, cells are judged over all probes, and every suspicious or
                                   rogue cell is located (path loss calibrated on the planned cells
                                   heard; MOVING-EMITTER and CLONED-IDENTITY added where they apply)
                  --libpcap        read the files through libpcap (Pcap4J) instead of the built-in reader
                  --licences FILE  the licensed FM stations (config/fm-licences.csv): FILES may also be
                                   rtl_power / hackrf_sweep CSVs (plain or .gz) and SigMF recordings
                                   (.sigmf-meta or .sigmf-data), told apart from captures by name and
                                   content, and so may the probes file's capture lists and sweep column;
                                   every FM carrier is reported (carrier lines) and judged by the FM-*
                                   detectors, unlicensed ones located when probe positions are known.
                                   Spectrum files are analysed without --licences too (all unlicensed).
                  --calibration PROBE=DB[,PROBE=DB...]
                                   per-probe offset added to the receiver's dB (rtl_power, hackrf_sweep,
                                   dBFS of a recording) to give dBm at the antenna; without it levels stay
                                   in the receiver's dB (the FM path-loss fit still finds each probe's
                                   offset against the licensed stations for prediction and location)
                  --annotate       write an annotation per detected carrier (band edges, label, verdict)
                                   into each SigMF recording's .sigmf-meta, in place (atomic; other
                                   annotations kept; running again adds nothing). Without it recordings
                                   are only read.
                  --progress       show progress on stderr (default when stderr is a terminal)
                  --no-progress    never show progress
                  --help           this text

                Exit status: 0 done, 1 an input could not be read, 2 bad command line.
                """;
    }

    /** --calibration PROBE=DB,...; a malformed value is a usage error. */
    static Map<String, Double> calibration(Arguments arguments) throws UsageException {
        String text = arguments.value("calibration", null);
        try {
            return text == null ? Map.of() : FmAnalysis.Options.parseCalibration(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--calibration: " + e.getMessage());
        }
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Arguments arguments = Arguments.parse(args, FLAGS, OPTIONS);
        List<Path> files = new ArrayList<>();
        for (String name : arguments.positional()) {
            files.add(Path.of(name));
        }
        String probes = arguments.value("probes", null);
        if (files.isEmpty() && probes == null) {
            throw new UsageException("no capture file given");
        }
        if (!files.isEmpty() && probes != null) {
            throw new UsageException("give captures either as FILE arguments or in the probes file, not both");
        }
        int port = arguments.intValue("port", GsmtapHeader.DEFAULT_UDP_PORT, 1, 65535);
        String probe = arguments.value("probe", "local");
        boolean json = arguments.flag("json");
        boolean showProgress = arguments.flag("progress")
                || (!arguments.flag("no-progress") && System.console() != null);
        ReplayProgress progress = showProgress ? new ProgressPrinter(err) : ReplayProgress.NONE;

        JsonLinesReport jsonReport = new JsonLinesReport(out);
        HumanReport humanReport = new HumanReport(out);
        MessageListener listener = !arguments.flag("messages") ? (ref, header, message) -> { }
                : json ? jsonReport::message : humanReport::message;
        AnalysisResult result;
        FmInputs inputs;
        FmAnalysisResult fm;
        try {
            String plan = arguments.value("plan", null);
            String baseline = arguments.value("baseline", null);
            String config = arguments.value("config", null);
            DetectionSetup detection = DetectionSetupLoader.load(config == null ? null : Path.of(config),
                    plan == null ? null : Path.of(plan),
                    arguments.flag("lenient"), baseline == null ? null : Path.of(baseline));
            OfflineAnalysis.Options options = new OfflineAnalysis.Options(probe, port, arguments.flag("libpcap"),
                    detection);
            OfflineAnalysis.checkReadable(files);
            ProbeRoster roster = probes == null ? null : ProbeRoster.load(Path.of(probes));
            inputs = roster == null ? FmInputs.of(files, probe) : FmInputs.of(roster);
            if (json) {
                jsonReport.header(Main.VERSION, arguments.positional(), detection.activeDetectors(),
                        inputs.spectra().isEmpty() ? List.of() : FmDetectors.all());
            }
            result = roster == null || inputs.captures().isEmpty()
                    ? OfflineAnalysis.run(inputs.captures(), options, listener, progress)
                    : OfflineAnalysis.runFleet(roster.restrictedTo(inputs.captures()), options,
                            LocateSettings.defaults(detection.engine().scoring()), listener, progress);
            String licences = arguments.value("licences", null);
            fm = inputs.spectra().isEmpty() ? null : FmAnalysis.run(inputs.spectra(), new FmAnalysis.Options(
                    licences == null ? null : FmLicenceLoader.load(Path.of(licences), arguments.flag("lenient")),
                    roster == null ? Map.of() : FmInputs.sites(roster), arguments.flag("annotate"),
                    calibration(arguments)));
        } catch (PlanException e) {
            out.flush();
            err.println("roguewatch analyze: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.flush();
            err.println("roguewatch analyze: " + e.getMessage());
            return 1;
        }
        if (json) {
            jsonReport.cells(result);
            jsonReport.locations(result);
            if (fm != null) {
                jsonReport.carriers(fm);
            }
            jsonReport.summary(result, fm);
        } else {
            if (arguments.flag("messages")) {
                out.println();
            }
            if (fm == null || !inputs.captures().isEmpty()) {
                humanReport.report(result);
            }
            if (fm != null) {
                out.println();
                new FmSection(out).print(fm);
            }
        }
        out.flush();
        return 0;
    }
}
