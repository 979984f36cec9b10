package org.roguewatch.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Plan and settings files for tests: the example ones in config/, resources, and files written on the spot. */
final class PlanFiles {
    static final String HEADER =
            "radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon,azimuth_deg,beamwidth_deg,eirp_dbm,height_m";
    static final Path EXAMPLE_PLAN = Path.of("..", "config", "cell-plan.csv");
    static final Path EXAMPLE_SETTINGS = Path.of("..", "config", "analyzer.properties");

    private PlanFiles() {
    }

    /** A file of these lines (each ended by a newline) in {@code dir}. */
    static Path write(Path dir, String name, String... lines) {
        try {
            return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan with the standard header and these rows. */
    static Path plan(Path dir, String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(List.of(rows));
        return write(dir, "plan.csv", lines.toArray(String[]::new));
    }

    static Path resource(String name) {
        URL url = PlanFiles.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
