package org.roguewatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.broadcast.FmAnalysis;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.broadcast.FmInputs;
import org.roguewatch.detect.fm.FmDetectors;
import org.roguewatch.locate.report.LocationReport;
import org.roguewatch.registry.FmLicenceLoader;
import org.roguewatch.analyze.DetectionSetupLoader;
import org.roguewatch.analyze.OfflineAnalysis;
import org.roguewatch.detect.DetectionSetup;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.locate.LocateSettings;
import org.roguewatch.locate.export.GeoJsonWriter;
import org.roguewatch.locate.export.KmlWriter;
import org.roguewatch.probe.ReplayProgress;
import org.roguewatch.registry.PlanException;
import org.roguewatch.registry.ProbeRoster;
import org.roguewatch.report.DemoReport;
import org.roguewatch.report.JsonLinesReport;
import org.roguewatch.sim.SimulatedAir;
import org.roguewatch.sim.SimulationSummary;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.ScenarioException;
import org.roguewatch.sim.scenario.ScenarioLoader;

/**
 * {@code roguewatch demo}: the whole system on the shipped city scenario in one process — the
 * simulated air rendered for every probe, the probes' captures fed to the analyzer as a fleet, and
 * what an operator sees: the cells, the alerts in the order they opened, where the rogue
 * emitters are (checked against the simulator's ground truth), and the maps.
 */
final class DemoCommand implements Command {
    private static final Set<String> FLAGS = Set.of("progress", "no-progress", "serve");
    private static final Set<String> OPTIONS = Set.of("out", "scenario", "alerts");

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "the whole system on a simulated city: rogue GSM and LTE cells found, alerted and located";
    }

    @Override
    public String help() {
        return """
                Usage: roguewatch demo [--out DIR] [--scenario FILE] [--alerts FILE] [--serve]

                Simulates the shipped city (config/scenarios/city.scenario: seven sites, four probes,
                an SMS blaster driving through, an LTE IMSI catcher parked near the station, FM
                stations and a pirate), feeds each probe's captures to the analyzer, and prints what
                an operator would see: cells found, alerts as they opened, locations with their
                uncertainty next to the simulator's ground truth, and where the maps are. Runs in
                under a minute.

                Options:
                  --out DIR        where the simulated air and the results go (default: target/demo
                                   under the RogueWatch directory)
                  --scenario FILE  another scenario (format: config/scenarios/README.md)
                  --alerts FILE    alert, sink and API settings (format: config/alerts.properties);
                                   by default alerts go to DIR/alerts.jsonl and DIR/cap/
                  --serve          after the run, serve the map page and API until Ctrl-C
                  --progress / --no-progress
                  --help           this text

                Exit status: 0 done, 1 the scenario or an output could not be read or written.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Arguments arguments = Arguments.parse(args, FLAGS, OPTIONS);
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("demo takes no file arguments (use --scenario FILE)");
        }
        Path home = Path.of(System.getProperty("roguewatch.home", "."));
        Path scenarioFile = Path.of(arguments.value("scenario",
                home.resolve("config").resolve("scenarios").resolve("city.scenario").toString()));
        Path dir = Path.of(arguments.value("out", home.resolve("target").resolve("demo").toString()));
        boolean showProgress = arguments.flag("progress")
                || (!arguments.flag("no-progress") && System.console() != null);
        try {
            Files.createDirectories(dir);
            Scenario scenario = ScenarioLoader.load(scenarioFile);
            DemoReport report = new DemoReport(out);
            report.scenario(scenario, scenarioFile);
            SimulationSummary air = SimulatedAir.run(scenario, dir.resolve("air"),
                    showProgress ? message -> err.println("  " + message) : message -> { });
            report.air(air);
            Path airDir = dir.resolve("air");
            DetectionSetup detection = DetectionSetupLoader.load(null, airDir.resolve(SimulatedAir.PLAN_CSV), false,
                    null);
            AnalysisResult result = OfflineAnalysis.runFleet(ProbeRoster.load(airDir.resolve(SimulatedAir.PROBES_CSV)),
                    new OfflineAnalysis.Options("fleet", GsmtapHeader.DEFAULT_UDP_PORT, false, detection),
                    LocateSettings.defaults(detection.engine().scoring()), (ref, header, message) -> { },
                    showProgress ? new ProgressPrinter(err) : ReplayProgress.NONE);
            ProbeRoster roster = ProbeRoster.load(airDir.resolve(SimulatedAir.PROBES_CSV));
            FmAnalysisResult fm = FmAnalysis.run(FmInputs.of(roster).spectra(), new FmAnalysis.Options(
                    FmLicenceLoader.load(airDir.resolve(SimulatedAir.LICENCES_CSV), false), FmInputs.sites(roster), false));
            Path geojson = dir.resolve("rogues.geojson");
            Path kml = dir.resolve("rogues.kml");
            Path jsonl = dir.resolve("report.jsonl");
            LocationReport maps = fm.withCarriers(result.located().report());
            GeoJsonWriter.write(maps, geojson);
            KmlWriter.write(maps, kml);
            writeJsonLines(result, fm, detection, jsonl);
            report.analysis(result, airDir.resolve(SimulatedAir.GROUND_TRUTH));
            report.fm(fm, airDir.resolve(SimulatedAir.GROUND_TRUTH));
            report.files(List.of(jsonl, geojson, kml, airDir));
            String alertsFile = arguments.value("alerts", null);
            org.roguewatch.api.AlertDemo.run(result, fm, org.roguewatch.api.AlertDemo.settings(
                    alertsFile == null ? null : Path.of(alertsFile), dir), dir, arguments.flag("serve"), out);
        } catch (ScenarioException e) {
            err.println("roguewatch demo: " + e.getMessage());
            return 1;
        } catch (PlanException | IOException | org.roguewatch.registry.ConfigException e) {
            err.println("roguewatch demo: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        out.flush();
        return 0;
    }

    private static void writeJsonLines(AnalysisResult result, FmAnalysisResult fm, DetectionSetup detection, Path file)
            throws IOException {
        try (PrintStream lines = new PrintStream(Files.newOutputStream(file), false, java.nio.charset.StandardCharsets.UTF_8)) {
            JsonLinesReport json = new JsonLinesReport(lines);
            json.header(Main.VERSION, result.inputs().stream().map(i -> i.file()).toList(), detection.activeDetectors(),
                    FmDetectors.all());
            json.cells(result);
            json.locations(result);
            json.carriers(fm);
            json.summary(result, fm);
        }
    }

}
