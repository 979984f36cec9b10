package org.roguewatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.roguewatch.sim.SimulatedAir;
import org.roguewatch.sim.SimulationListener;
import org.roguewatch.sim.SimulationSummary;
import org.roguewatch.sim.scenario.Durations;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.ScenarioException;
import org.roguewatch.sim.scenario.ScenarioLoader;

/**
 * {@code roguewatch simulate SCENARIO --out DIR [--seed N]}: renders what each probe of a scenario
 * would receive (GSMTAP pcaps, rtl_power sweeps) with the plan, licence and ground-truth files.
 */
final class SimulateCommand implements Command {
    private static final Set<String> FLAGS = Set.of("progress", "no-progress");
    private static final Set<String> OPTIONS = Set.of("out", "seed");

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "render a scenario's simulated air: one pcap and one spectrum sweep per probe, with ground truth";
    }

    @Override
    public String help() {
        return """
                Usage: roguewatch simulate SCENARIO --out DIR [--seed N]

                Loads a scenario (format: config/scenarios/README.md; example:
                config/scenarios/city.scenario) and writes into DIR what each probe's radio would
                receive — the legitimate network's and the rogue cells' GSM and LTE frames as
                GSMTAP with the levels of the propagation model, and rtl_power sweeps of the FM
                band — plus:
                  PROBE.pcap, PROBE-sweep.csv   per probe
                  probes.csv                    probe positions and their files
                  plan.csv                      the legitimate network as a cell plan (for --plan)
                  fm-licences.csv               the licensed FM stations
                  ground-truth.jsonl            every emitter, its positions over time, which are
                                                rogue and why, and what each rogue did
                  PROBE-STATION.sigmf-*         IQ of one FM station, when the scenario asks
                Scenario time runs as fast as the machine allows; the same seed gives
                byte-identical files.

                Options:
                  --out DIR        output directory (created if needed; files in it are replaced)
                  --seed N         use this seed instead of the scenario's
                  --progress       show progress on stderr (default when stderr is a terminal)
                  --no-progress    never show progress
                  --help           this text

                Exit status: 0 done, 1 the scenario is invalid or cannot be read/written
                (each problem as FILE:LINE: field 'KEY': what), 2 bad command line.
                """;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Arguments arguments = Arguments.parse(args, FLAGS, OPTIONS);
        List<String> positional = arguments.positional();
        if (positional.isEmpty()) {
            throw new UsageException("no scenario file given");
        }
        if (positional.size() > 1) {
            throw new UsageException("one scenario at a time, got " + positional.size());
        }
        String target = arguments.value("out", null);
        if (target == null) {
            throw new UsageException("--out DIR is required");
        }
        Long seed = null;
        String seedText = arguments.value("seed", null);
        if (seedText != null) {
            try {
                seed = Long.parseLong(seedText);
            } catch (NumberFormatException e) {
                throw new UsageException("--seed must be a whole number, got '" + seedText + "'");
            }
        }
        boolean showProgress = arguments.flag("progress")
                || (!arguments.flag("no-progress") && System.console() != null);
        SimulationListener listener = showProgress ? message -> err.println("  " + message) : SimulationListener.NONE;
        Path file = Path.of(positional.get(0));
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (NoSuchFileException e) {
            err.println("roguewatch simulate: no such file: " + file);
            return 1;
        } catch (IOException e) {
            err.println("roguewatch simulate: cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (ScenarioException e) {
            err.println("roguewatch simulate: " + file + " has " + e.problems().size() + " problem(s):");
            e.problems().forEach(problem -> err.println(problem));
            return 1;
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        Path directory = Path.of(target);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            err.println("roguewatch simulate: --out " + directory + " is a file, not a directory");
            return 1;
        }
        if (showProgress) {
            err.printf(Locale.ROOT, "simulating %s: %d probe(s), %d emitter(s), %s of scenario time, seed %d%n",
                    scenario.name(), scenario.probes().size(), scenario.emitters().size(), Durations.format(scenario.duration()),
                    scenario.seed());
        }
        SimulationSummary summary;
        try {
            summary = SimulatedAir.run(scenario, directory, listener);
        } catch (IOException e) {
            err.println("roguewatch simulate: cannot write " + directory + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "Simulated scenario '%s' (seed %d): %s of scenario time in %.2f s%n", scenario.name(),
                scenario.seed(), Durations.format(scenario.duration()), summary.elapsedSeconds());
        for (SimulationSummary.ProbeOutput probe : summary.probes()) {
            out.printf(Locale.ROOT, "  probe %-12s %,8d GSMTAP frames from %2d emitter(s)  %s  %s%n", probe.probe(),
                    probe.frames(), probe.framesByEmitter().size(), probe.pcap(), probe.sweep());
        }
        if (!summary.notRendered().isEmpty()) {
            out.println("  not rendered: " + String.join(", ", summary.notRendered()));
        }
        out.println("  also: " + directory.resolve(SimulatedAir.PROBES_CSV) + ", " + directory.resolve(SimulatedAir.PLAN_CSV)
                + ", " + directory.resolve(SimulatedAir.LICENCES_CSV) + ", " + directory.resolve(SimulatedAir.GROUND_TRUTH));
        out.flush();
        return 0;
    }
}
