package org.roguewatch.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.roguewatch.detect.Detector;
import org.roguewatch.detect.Detectors;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.registry.AnalyzerSettings;
import org.roguewatch.registry.ConfigFile;

/**
 * {@code config/analyzer.properties} documents every detector's keys at their defaults, generated
 * from the detectors themselves so the file cannot drift from the code. Regenerate the section
 * with {@code -Droguewatch.regenerate=true}.
 */
class ExampleConfigTest {
    private static final Path EXAMPLE = Path.of("..", "config", "analyzer.properties");
    private static final String MARKER = "# --- detectors (generated from the code by ExampleConfigTest) ---\n";

    static String detectorSection() {
        StringBuilder out = new StringBuilder(MARKER);
        for (Detector detector : Detectors.all()) {
            String id = detector.id();
            out.append('\n').append("# ").append(id).append(": ").append(detector.summary()).append(".\n")
                    .append("# Source: ").append(detector.source()).append(". Version ").append(detector.version())
                    .append(detector.needsPlan() ? ". Runs only with --plan." : ".").append('\n')
                    .append("# detector.").append(id).append(".enabled = true\n")
                    .append("# detector.").append(id).append(".severity = ")
                    .append(detector.defaultSeverity().name().toLowerCase(Locale.ROOT)).append('\n')
                    .append("# detector.").append(id).append(".weight = ").append(detector.defaultWeight()).append('\n');
            for (ParameterSpec spec : detector.parameters()) {
                Object value = spec.defaultValue();
                String text = value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                        : String.valueOf(value);
                out.append("#   ").append(spec.description()).append('\n')
                        .append("# ").append(AnalyzerSettings.paramKey(id, spec.name())).append(" = ").append(text)
                        .append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void exampleDocumentsEveryDetectorKeyAtItsDefault() throws IOException {
        String text = Files.readString(EXAMPLE);
        int at = text.indexOf(MARKER);
        if (Boolean.getBoolean("roguewatch.regenerate")) {
            Files.writeString(EXAMPLE, (at < 0 ? text : text.substring(0, at)) + detectorSection());
            text = Files.readString(EXAMPLE);
            at = text.indexOf(MARKER);
        }
        assertTrue(at >= 0, "config/analyzer.properties lacks the detector section; run with -Droguewatch.regenerate=true");
        assertEquals(detectorSection(), text.substring(at));
    }

    @Test
    void exampleWithEveryDetectorKeyUncommentedLoadsAtTheDefaults() throws Exception {
        DetectionConfig config = new DetectionConfig(Detectors.all());
        Path uncommented = Files.createTempFile("analyzer", ".properties");
        StringBuilder lines = new StringBuilder();
        for (String line : Files.readAllLines(EXAMPLE)) {
            if (line.startsWith("# detector.") && line.contains(" = ")) {
                lines.append(line.substring(2)).append('\n');
            }
        }
        Files.writeString(uncommented, lines);
        ConfigFile loaded = config.load(uncommented);
        Files.delete(uncommented);
        assertEquals(config.engine(ConfigFile.defaults(config.schema())).active(true).size(),
                config.engine(loaded).active(true).size());
        for (Detector detector : Detectors.all()) {
            assertEquals(detector.defaultWeight(), loaded.getDouble(AnalyzerSettings.weightKey(detector.id())));
        }
    }
}
