package org.roguewatch.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * README's detector table is what operators configure from, so it must say what the code does: every
 * detector has a row with its severity and weight, and every parameter appears with its default.
 */
class ReadmeDetectorTableTest {

    @Test
    void everyDetectorHasAReadmeRowWithItsSeverityWeightAndParameterDefaults() throws IOException {
        Path readme = Path.of("..", "README.md");
        assumeTrue(Files.isRegularFile(readme), "skipped: README.md not found beside the module");
        List<String> lines = Files.readAllLines(readme);
        List<String> problems = new ArrayList<>();
        for (Detector detector : Detectors.all()) {
            Optional<String> row = lines.stream().filter(l -> l.startsWith("| `" + detector.id() + "` |")).findFirst();
            if (row.isEmpty()) {
                problems.add(detector.id() + ": no row in README's detector table");
                continue;
            }
            String[] cells = row.get().split("\\|");
            String severity = cells[2].trim();
            String weight = cells[3].trim();
            String parameters = cells[5].trim();
            if (!severity.equals(detector.defaultSeverity().name().toLowerCase(Locale.ROOT))) {
                problems.add(detector.id() + ": README says severity " + severity + ", code " + detector.defaultSeverity());
            }
            if (Double.parseDouble(weight) != detector.defaultWeight()) {
                problems.add(detector.id() + ": README says weight " + weight + ", code " + detector.defaultWeight());
            }
            for (ParameterSpec parameter : detector.parameters()) {
                String expected = "`" + parameter.name() + "` " + shown(parameter.defaultValue());
                if (!parameters.contains(expected)) {
                    problems.add(detector.id() + ": README lacks parameter " + expected + " (row says: " + parameters + ")");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String shown(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
