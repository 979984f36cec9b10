package org.roguewatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generic strict loader: syntax, typed values, defaults and every error naming file, line and key. */
class ConfigFileTest {
    private static final ConfigSchema SCHEMA = ConfigSchema.builder()
            .add(Setting.of("flag", SettingType.BOOLEAN, false, "a switch"))
            .add(Setting.range("count", SettingType.INT, 5, 0.0, 255.0, "a count"))
            .add(Setting.range("ratio", SettingType.DOUBLE, 0.5, 0.0, 1.0, "a ratio"))
            .add(Setting.range("unbounded", SettingType.DOUBLE, -3, null, null, "any number"))
            .add(Setting.of("name", SettingType.STRING, "probe", "a name"))
            .add(Setting.of("networks", SettingType.PLMN_LIST, List.of(Plmn.parse("262-02")), "PLMNs"))
            .add(Setting.of("words", SettingType.STRING_LIST, List.of(), "words"))
            .add(Setting.of("level", SettingType.SEVERITY, Severity.LOW, "a severity"))
            .add(Setting.of("group.*.on", SettingType.BOOLEAN, true, "per-group switch"))
            .add(Setting.of("group.special.on", SettingType.BOOLEAN, false, "the special group's switch"))
            .build();

    @TempDir
    Path dir;

    private Path file(String... lines) {
        return PlanFiles.write(dir, "analyzer.properties", lines);
    }

    private ConfigException refused(Path file) {
        return assertThrows(ConfigException.class, () -> ConfigFile.load(file, SCHEMA));
    }

    @Test
    void readsEveryTypeAndKeepsDefaultsForKeysLeftOut() throws ConfigException {
        Path file = file(
                "# comment",
                "",
                "  flag = TRUE",
                "count=7",
                "ratio =0.25",
                "networks = 262-01, 001-001 ,262-03",
                "words = 95588, ICBC",
                "level = High");
        ConfigFile config = ConfigFile.load(file, SCHEMA);
        assertTrue(config.getBoolean("flag"));
        assertEquals(7, config.getInt("count"));
        assertEquals(0.25, config.getDouble("ratio"));
        assertEquals(List.of(Plmn.parse("262-01"), new Plmn("001", "001"), Plmn.parse("262-03")),
                config.getPlmns("networks"));
        assertEquals(List.of("95588", "ICBC"), config.getList("words"));
        assertEquals(Severity.HIGH, config.getSeverity("level"));
        assertEquals("probe", config.getString("name"), "default");
        assertEquals(-3.0, config.getDouble("unbounded"), "default given as an int is a double");
        assertTrue(config.isSet("count"));
        assertFalse(config.isSet("name"));
        assertEquals(Optional.of(file + ":4"), config.source("count"));
        assertEquals(Optional.empty(), config.source("name"));
        assertEquals(List.of("flag", "count", "ratio", "networks", "words", "level"), List.copyOf(config.keysSet()));
    }

    @Test
    void defaultsNeedNoFile() {
        ConfigFile config = ConfigFile.defaults(SCHEMA);
        assertEquals(5, config.getInt("count"));
        assertEquals(List.of(Plmn.parse("262-02")), config.getPlmns("networks"));
        assertEquals(Severity.LOW, config.getSeverity("level"));
        assertEquals(Optional.empty(), config.file());
    }

    @Test
    void anEmptyListValueOverridesANonEmptyDefault() throws ConfigException {
        ConfigFile config = ConfigFile.load(file("networks ="), SCHEMA);
        assertEquals(List.of(), config.getPlmns("networks"));
        assertTrue(config.isSet("networks"));
    }

    @Test
    void valuesKeepEqualsSignsAndHashesSinceCommentsOnlyStartALine() throws ConfigException {
        ConfigFile config = ConfigFile.load(file("name = a=b # not a comment"), SCHEMA);
        assertEquals("a=b # not a comment", config.getString("name"));
        ConfigException e = refused(file("flag = true # on"));
        assertEquals(file("flag = true # on") + ":1: key 'flag': 'true # on' is not a boolean (true or false)",
                e.getMessage());
    }

    @Test
    void patternKeysCoverOneSegmentAndAnExactKeyWins() throws ConfigException {
        ConfigFile config = ConfigFile.load(file("group.alpha.on = false"), SCHEMA);
        assertFalse(config.getBoolean("group.alpha.on"));
        assertTrue(config.getBoolean("group.beta.on"), "pattern default");
        assertFalse(config.getBoolean("group.special.on"), "the exact key's default, not the pattern's");
        assertTrue(refused(file("group.a.b.on = true")).getMessage().endsWith("key 'group.a.b.on': unknown setting"));
        assertTrue(refused(file("group.on = true")).getMessage().endsWith("key 'group.on': unknown setting"));
    }

    @Test
    void duplicateKeyNamesBothLines() {
        Path file = file("count = 1", "# again:", "count = 2");
        ConfigException e = refused(file);
        assertEquals(file + ":3: key 'count': set twice (first on line 1)", e.getMessage());
        assertEquals(file, e.file());
        assertEquals(3, e.line());
        assertEquals(Optional.of("count"), e.key());
    }

    @Test
    void unknownKeyIsRefusedWithTheNearestKnownKey() {
        Path file = file("flag = true", "conut = 3");
        assertEquals(file + ":2: key 'conut': unknown setting (did you mean 'count'?)", refused(file).getMessage());
        assertEquals(file + ":1: key 'Ratio': unknown setting (did you mean 'ratio'?)",
                refused(file("Ratio = 0.1")).getMessage());
        assertEquals(file + ":1: key 'colour': unknown setting", refused(file("colour = red")).getMessage());
    }

    @Test
    void lineWithoutEqualsOrWithABadKeyIsRefused() {
        Path file = file("flag true");
        assertEquals(file + ":1: expected 'key = value', found 'flag true'", refused(file).getMessage());
        assertEquals(Optional.empty(), refused(file).key());
        assertEquals(file + ":1: 'my flag' is not a key (dotted words)", refused(file("my flag = true")).getMessage());
        assertEquals(file + ":1: '' is not a key (dotted words)", refused(file("= true")).getMessage());
    }

    /** A bad value is named with its key, its line and what is wrong with it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "flag = yes                | flag     | 'yes' is not a boolean (true or false)",
        "flag =                    | flag     | has no value (expected true or false; remove the line to use the default)",
        "count = 5.5               | count    | '5.5' is not a whole number",
        "count = 99999999999       | count    | '99999999999' is not a whole number",
        "count = 256               | count    | '256' is out of range (0..255)",
        "count = -1                | count    | '-1' is out of range (0..255)",
        "count =                   | count    | has no value (expected a whole number 0..255; remove the line to use the default)",
        "ratio = 1.5               | ratio    | '1.5' is out of range (0..1)",
        "ratio = NaN               | ratio    | 'NaN' is not a number",
        "ratio = 0,5               | ratio    | '0,5' is not a number",
        "ratio = 1f                | ratio    | '1f' is not a number",
        "level = critical          | level    | 'critical' is not a severity (info, low, medium or high)",
        "networks = 26202          | networks | '26202' is not a PLMN (MCC-MNC, e.g. 262-02)",
        "networks = 262-2          | networks | '262-2' is not a PLMN (MCC-MNC, e.g. 262-02)",
        "networks = 262-02,,262-01 | networks | empty element in list '262-02,,262-01'",
        "networks = 262-02, 262-02 | networks | '262-02' is listed twice",
        "words = a, b, a           | words    | 'a' is listed twice",
    })
    void badValueIsNamedWithItsKeyAndLine(String line, String key, String message) {
        Path file = file("# settings", line);
        ConfigException e = refused(file);
        assertEquals(file + ":2: key '" + key + "': " + message, e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void missingFileAndDirectoryAreRefused() {
        Path missing = dir.resolve("absent.properties");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.load(missing, SCHEMA));
        assertEquals(missing + ": no such file", e.getMessage());
        assertEquals(0, e.line());
        e = assertThrows(ConfigException.class, () -> ConfigFile.load(dir, SCHEMA));
        assertEquals(dir + ": is a directory, not a configuration file", e.getMessage());
    }

    @Test
    void nonUtf8LineIsNamed() throws IOException {
        Path file = dir.resolve("latin1.properties");
        Files.write(file, "count = 1\nname = M\u00fcnchen\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(file + ":2: line is not UTF-8 text", refused(file).getMessage());
    }

    @Test
    void gettersRefuseKeysOutsideTheSchemaAndTheWrongType() {
        ConfigFile config = ConfigFile.defaults(SCHEMA);
        assertThrows(IllegalArgumentException.class, () -> config.getInt("nope"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config.getInt("ratio"));
        assertEquals("setting 'ratio' is DOUBLE, not INT", e.getMessage());
    }

    @Test
    void settingsWithImpossibleDefinitionsAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class,
                () -> Setting.range("x", SettingType.INT, 300, 0.0, 255.0, "default out of range"));
        assertThrows(IllegalArgumentException.class, () -> Setting.of("x", SettingType.INT, "5", "wrong type"));
        assertThrows(IllegalArgumentException.class, () -> Setting.range("x", SettingType.STRING, null, 0.0, 1.0, "d"));
        assertThrows(IllegalArgumentException.class, () -> Setting.of("bad key", SettingType.BOOLEAN, true, "d"));
        assertThrows(IllegalArgumentException.class, () -> Setting.of("x", SettingType.BOOLEAN, true, " "));
        assertThrows(IllegalArgumentException.class, () -> ConfigSchema.builder()
                .add(Setting.of("x", SettingType.BOOLEAN, true, "d"))
                .add(Setting.of("x", SettingType.INT, 1, "d")));
    }
}
