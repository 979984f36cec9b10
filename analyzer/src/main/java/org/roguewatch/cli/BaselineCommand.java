package org.roguewatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.analyze.OfflineAnalysis;
import org.roguewatch.baseline.Baseline;
import org.roguewatch.baseline.BaselineLearner;
import org.roguewatch.baseline.OperatorBaseline;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.probe.ReplayProgress;

/**
 * {@code roguewatch baseline --out FILE CAPTURE…}: learns what the operator's cells normally
 * broadcast from captures known to be benign, for GSM-PARAMS-OFF-PLAN, GSM-NO-GPRS and
 * GSM-INCOMPLETE-SI.
 */
final class BaselineCommand implements Command {
    private static final Set<String> FLAGS = Set.of("progress", "no-progress", "libpcap");
    private static final Set<String> OPTIONS = Set.of("out", "port", "probe");

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public String summary() {
        return "learn what the operator's cells normally broadcast, from benign captures";
    }

    @Override
    public String help() {
        return """
                Usage: roguewatch baseline --out FILE [options] CAPTURE...

                Learns, per operator (MCC-MNC), what its cells normally broadcast — which System
                Information types they send, GPRS, the values of their access and selection
                parameters, neighbour-list sizes, ciphering — from captures you know to be free of
                rogue cells, and writes it as a text file for `roguewatch analyze --baseline FILE`.
                Every cell heard in the captures is taken as benign.

                Options:
                  --out FILE     where to write the baseline (required)
                  --port N       GSMTAP UDP port in the captures (default 4729)
                  --probe ID     probe id (default: local)
                  --libpcap      read the captures through libpcap
                  --progress / --no-progress
                  --help         this text
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Arguments arguments = Arguments.parse(args, FLAGS, OPTIONS);
        String target = arguments.value("out", null);
        if (target == null) {
            throw new UsageException("--out FILE is required");
        }
        List<Path> files = new ArrayList<>();
        arguments.positional().forEach(name -> files.add(Path.of(name)));
        if (files.isEmpty()) {
            throw new UsageException("no capture file given");
        }
        boolean showProgress = arguments.flag("progress")
                || (!arguments.flag("no-progress") && System.console() != null);
        try {
            AnalysisResult result = OfflineAnalysis.run(files, new OfflineAnalysis.Options(
                    arguments.value("probe", "local"),
                    arguments.intValue("port", GsmtapHeader.DEFAULT_UDP_PORT, 1, 65535),
                    arguments.flag("libpcap"), DetectionSetup.defaults()), (ref, header, message) -> { },
                    showProgress ? new ProgressPrinter(err) : ReplayProgress.NONE);
            BaselineLearner learner = new BaselineLearner();
            learner.acceptAll(result.cells());
            Baseline baseline = learner.build();
            baseline.save(Path.of(target));
            out.printf("learned %d cell(s) of %d operator(s) into %s (%d cell(s) without an identity ignored)%n",
                    learner.cells(), baseline.operators().size(), target, learner.ignored());
            for (OperatorBaseline operator : baseline.operators()) {
                out.printf("  %s %s: %d cell(s)%n", operator.radio(), operator.plmn(), operator.cells());
            }
            return 0;
        } catch (IOException e) {
            err.println("roguewatch baseline: " + e.getMessage());
            return 1;
        }
    }
}
