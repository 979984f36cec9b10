package org.roguewatch.sim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.ScenarioException;
import org.roguewatch.sim.scenario.ScenarioLoader;

/**
 * Simulates {@code tshark-fixture.scenario} (or the scenario resource {@code args[1]}) and copies its
 * probe's pcap to {@code args[0]}, for {@code src/test/tshark/simulator/make-fixtures.sh} and
 * {@code src/test/tshark/simulator-lte/make-fixtures.sh}.
 */
public final class TsharkFixtureWriter {
    static final String SCENARIO = "tshark-fixture.scenario";

    private TsharkFixtureWriter() {
    }

    public static void main(String[] args) throws IOException, ScenarioException {
        Path work = Files.createTempDirectory("tshark-fixture");
        SimulationSummary summary = SimulatedAir.run(scenario(args.length > 1 ? args[1] : SCENARIO), work,
                SimulationListener.NONE);
        Files.copy(summary.probes().get(0).pcap(), Path.of(args[0]), StandardCopyOption.REPLACE_EXISTING);
    }

    static Scenario scenario() throws IOException, ScenarioException {
        return scenario(SCENARIO);
    }

    static Scenario scenario(String resource) throws IOException, ScenarioException {
        try (InputStream in = TsharkFixtureWriter.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ScenarioLoader.parse(resource, List.of(text.split("\n", -1)), null);
        }
    }
}
