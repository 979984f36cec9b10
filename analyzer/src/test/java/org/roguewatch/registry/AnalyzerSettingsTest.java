package org.roguewatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The analyzer's own settings, detector registration, and the documented example file. */
class AnalyzerSettingsTest {
    /** "# key = value": a setting commented out at its default in the example file. */
    private static final Pattern COMMENTED_SETTING = Pattern.compile("# ([A-Za-z][A-Za-z0-9_.-]*) =(.*)");

    @TempDir
    Path dir;

    private static ConfigSchema withT3212() {
        return AnalyzerSettings.builder()
                .detector("GSM-LOW-T3212", Severity.MEDIUM, 1.0)
                .param("minimum", SettingType.INT, 5, 0, 255, "T3212 below this (deci-hours) is flagged")
                .and()
                .detector("GSM-NULL-CIPHER", Severity.HIGH, 2.0)
                .and()
                .build();
    }

    @Test
    void builtInDefaultsAreAsDocumented() {
        ConfigFile config = ConfigFile.defaults(AnalyzerSettings.builtIn());
        assertEquals(List.of(), config.getPlmns(AnalyzerSettings.PLMN_HOME));
        assertEquals(List.of(), config.getPlmns(AnalyzerSettings.PLMN_PARTNER));
        assertEquals(List.of(), config.getList(AnalyzerSettings.SMS_PROTECTED_SENDERS));
        assertEquals(1.0, config.getDouble(AnalyzerSettings.SCORE_SUSPICIOUS));
        assertEquals(3.0, config.getDouble(AnalyzerSettings.SCORE_ROGUE));
    }

    @Test
    void registeredDetectorGetsEnabledSeverityWeightAndItsParameters() throws ConfigException {
        ConfigFile defaults = ConfigFile.defaults(withT3212());
        assertTrue(defaults.getBoolean("detector.GSM-LOW-T3212.enabled"));
        assertEquals(Severity.MEDIUM, defaults.getSeverity("detector.GSM-LOW-T3212.severity"));
        assertEquals(1.0, defaults.getDouble("detector.GSM-LOW-T3212.weight"));
        assertEquals(5, defaults.getInt(AnalyzerSettings.paramKey("GSM-LOW-T3212", "minimum")));
        assertEquals(Severity.HIGH, defaults.getSeverity(AnalyzerSettings.severityKey("GSM-NULL-CIPHER")));

        Path file = PlanFiles.write(dir, "analyzer.properties",
                "detector.GSM-LOW-T3212.enabled = false",
                "detector.GSM-LOW-T3212.severity = low",
                "detector.GSM-LOW-T3212.weight = 0.5",
                "detector.GSM-LOW-T3212.minimum = 10");
        ConfigFile config = ConfigFile.load(file, withT3212());
        assertFalse(config.getBoolean(AnalyzerSettings.enabledKey("GSM-LOW-T3212")));
        assertEquals(Severity.LOW, config.getSeverity(AnalyzerSettings.severityKey("GSM-LOW-T3212")));
        assertEquals(0.5, config.getDouble(AnalyzerSettings.weightKey("GSM-LOW-T3212")));
        assertEquals(10, config.getInt("detector.GSM-LOW-T3212.minimum"));
    }

    @Test
    void detectorValuesAreCheckedAgainstTheirDeclaredRanges() {
        Path file = PlanFiles.write(dir, "analyzer.properties", "detector.GSM-LOW-T3212.minimum = 300");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.load(file, withT3212()));
        assertEquals(file + ":1: key 'detector.GSM-LOW-T3212.minimum': '300' is out of range (0..255)", e.getMessage());
        Path negative = PlanFiles.write(dir, "weight.properties", "detector.GSM-NULL-CIPHER.weight = -1");
        e = assertThrows(ConfigException.class, () -> ConfigFile.load(negative, withT3212()));
        assertEquals(negative + ":1: key 'detector.GSM-NULL-CIPHER.weight': '-1.0' is out of range (≥ 0)",
                e.getMessage());
    }

    @Test
    void keysOfUnregisteredDetectorsOrUndeclaredParametersAreUnknown() {
        Path file = PlanFiles.write(dir, "analyzer.properties", "detector.GSM-LOW-T3121.enabled = false");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.load(file, withT3212()));
        assertEquals(file + ":1: key 'detector.GSM-LOW-T3121.enabled': unknown setting"
                + " (did you mean 'detector.GSM-LOW-T3212.enabled'?)", e.getMessage());
        Path param = PlanFiles.write(dir, "param.properties", "detector.GSM-NULL-CIPHER.minimum = 1");
        assertThrows(ConfigException.class, () -> ConfigFile.load(param, withT3212()));
    }

    @Test
    void badRegistrationsAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> AnalyzerSettings.builder().detector("gsm-low", Severity.LOW, 1));
        assertThrows(IllegalArgumentException.class, () -> AnalyzerSettings.builder().detector("A.B", Severity.LOW, 1));
        assertThrows(IllegalArgumentException.class, () -> AnalyzerSettings.builder()
                .detector("X", Severity.LOW, 1).and().detector("X", Severity.LOW, 1));
        assertThrows(IllegalArgumentException.class, () -> AnalyzerSettings.builder().detector("X", Severity.LOW, -1));
        assertThrows(IllegalArgumentException.class, () -> AnalyzerSettings.builder().detector("X", Severity.LOW, 1)
                .param("weight", SettingType.DOUBLE, 1.0, 0, 2, "clashes with the detector's own key"));
        assertThrows(IllegalArgumentException.class, () -> AnalyzerSettings.builder().detector("X", Severity.LOW, 1)
                .param("a.b", SettingType.BOOLEAN, true, "dotted"));
        assertThrows(IllegalArgumentException.class, () -> AnalyzerSettings.builder().detector("X", Severity.LOW, 1)
                .param("minimum", SettingType.INT, 300, 0, 255, "default out of its own range"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"95588", "+4917212345678", "12345678901234567890", "VODAFONE", "DHL Express", "O2-DE",
        "Müller&Co", "{{{{{A"})
    void protectedSendersAcceptNumbersAndGsm7SenderNamesOfElevenSeptets(String sender) throws ConfigException {
        Path file = PlanFiles.write(dir, "analyzer.properties", "sms.protectedSenders = " + sender + ", 1234");
        assertEquals(List.of(sender, "1234"),
                ConfigFile.load(file, AnalyzerSettings.builtIn()).getList(AnalyzerSettings.SMS_PROTECTED_SENDERS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012345678901", "ThisNameIsTooLong", "{{{{{{A", "+", "--", "工商银行",
        "Ünïcödé"})
    void protectedSendersRefuseWhatNoOriginatingAddressCanCarry(String sender) {
        Path file = PlanFiles.write(dir, "analyzer.properties", "sms.protectedSenders = 95588," + sender);
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigFile.load(file, AnalyzerSettings.builtIn()));
        assertTrue(e.getMessage().startsWith(file + ":1: key 'sms.protectedSenders': '" + sender
                + "' is not a sender"), e.getMessage());
    }

    @Test
    void severityParsesAnyCaseAndWritesLowerCase() {
        assertEquals(Severity.MEDIUM, Severity.parse(" Medium "));
        assertEquals("high", Severity.HIGH.label());
        assertTrue(Severity.HIGH.compareTo(Severity.LOW) > 0, "ordered lowest first");
        assertThrows(IllegalArgumentException.class, () -> Severity.parse("severe"));
    }

    @Test
    void exampleFileLoadsCleanlyWithAndWithoutDetectors() throws ConfigException {
        ConfigFile config = ConfigFile.load(PlanFiles.EXAMPLE_SETTINGS, AnalyzerSettings.builtIn());
        assertEquals(List.of(), List.copyOf(config.keysSet()), "everything is commented out");
        ConfigFile.load(PlanFiles.EXAMPLE_SETTINGS, withT3212());
    }

    @Test
    void exampleFileListsEveryBuiltInKeyAtItsDefault() throws IOException, ConfigException {
        Map<String, String> documented = commentedSettings();
        ConfigSchema schema = AnalyzerSettings.builtIn();
        assertEquals(schema.keys(), List.copyOf(documented.keySet()), "every built-in key, in schema order");
        for (Map.Entry<String, String> entry : documented.entrySet()) {
            Setting setting = schema.setting(entry.getKey()).orElseThrow();
            assertEquals(setting.defaultValue(), setting.parse(entry.getValue()),
                    entry.getKey() + " is commented out at its default");
            assertTrue(exampleText().contains("# " + entry.getKey() + ": "), entry.getKey() + " is described");
        }
        // Uncommented, the file still loads and sets every key to its default.
        Path uncommented = PlanFiles.write(dir, "uncommented.properties", documented.entrySet().stream()
                .map(e -> e.getKey() + " =" + e.getValue()).toArray(String[]::new));
        ConfigFile config = ConfigFile.load(uncommented, schema);
        assertEquals(schema.keys(), List.copyOf(config.keysSet()));
        assertEquals(3.0, config.getDouble(AnalyzerSettings.SCORE_ROGUE));
    }

    @Test
    void exampleFileStatesEachBuiltInDefaultInItsDescription() throws IOException {
        String text = exampleText();
        for (Setting setting : AnalyzerSettings.builtIn().settings()) {
            String stated = setting.defaultText().isEmpty() ? "empty" : setting.defaultText();
            String section = text.substring(text.indexOf("# " + setting.key() + ": "));
            section = section.substring(0, section.indexOf("\n# " + setting.key() + " ="));
            assertTrue(section.contains("Default: " + stated + "."), setting.key() + " states its default: " + section);
        }
    }

    private static String exampleText() throws IOException {
        return Files.readString(PlanFiles.EXAMPLE_SETTINGS);
    }

    private static Map<String, String> commentedSettings() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : exampleText().lines().collect(Collectors.toList())) {
            Matcher m = COMMENTED_SETTING.matcher(line);
            // Detector keys are documented (and checked) by ExampleConfigTest, from the detectors themselves.
            if (m.matches() && !m.group(1).startsWith("detector.")) {
                settings.put(m.group(1), m.group(2));
            }
        }
        return settings;
    }
}
