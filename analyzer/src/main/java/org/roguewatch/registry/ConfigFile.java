package org.roguewatch.registry;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A configuration file read strictly against a {@link ConfigSchema}: {@code key = value} lines,
 * blank lines and comment lines (first non-blank character '#'; there are no comments after a
 * value). An unknown key, a key set twice or a value its setting refuses stops the load with a
 * {@link ConfigException} naming file, line and key. Getters fall back to the schema's defaults.
 */
public final class ConfigFile {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private record Entry(Object value, int line) {
    }

    private final Path file;
    private final ConfigSchema schema;
    private final Map<String, Entry> entries;

    private ConfigFile(Path file, ConfigSchema schema, Map<String, Entry> entries) {
        this.file = file;
        this.schema = schema;
        this.entries = entries;
    }

    /** Every setting at its default, for running without a configuration file. */
    public static ConfigFile defaults(ConfigSchema schema) {
        return new ConfigFile(null, schema, Map.of());
    }

    public static ConfigFile load(Path file, ConfigSchema schema) throws ConfigException {
        if (Files.isDirectory(file)) {
            throw new ConfigException(file, 0, null, "is a directory, not a configuration file");
        }
        if (!Files.exists(file)) {
            throw new ConfigException(file, 0, null, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new ConfigException(file, 0, null, "is not readable (permission denied)");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (LineReader reader = new LineReader(file)) {
            try {
                String line;
                while ((line = reader.next()) != null) {
                    read(file, schema, line, reader.lineNumber(), entries);
                }
            } catch (CharacterCodingException e) {
                throw new ConfigException(file, reader.lineNumber(), null, "line is not UTF-8 text");
            }
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot be read: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
        return new ConfigFile(file, schema, Collections.unmodifiableMap(entries));
    }

    private static void read(Path file, ConfigSchema schema, String line, int number, Map<String, Entry> entries)
            throws ConfigException {
        int equals = line.indexOf('=');
        if (equals < 0) {
            throw new ConfigException(file, number, null, "expected 'key = value', found " + Numbers.quote(line.strip()));
        }
        String key = line.substring(0, equals).strip();
        if (!KEY.matcher(key).matches()) {
            throw new ConfigException(file, number, null, Numbers.quote(key) + " is not a key (dotted words)");
        }
        Setting setting = schema.setting(key).orElseThrow(() -> new ConfigException(file, number, key,
                "unknown setting" + suggestion(schema, key)));
        Entry earlier = entries.get(key);
        if (earlier != null) {
            throw new ConfigException(file, number, key, "set twice (first on line " + earlier.line() + ")");
        }
        String text = line.substring(equals + 1).strip();
        if (text.isEmpty() && setting.type() != SettingType.STRING && !setting.type().isList()) {
            throw new ConfigException(file, number, key, "has no value (expected " + expected(setting)
                    + "; remove the line to use the default)");
        }
        try {
            entries.put(key, new Entry(setting.parse(text), number));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, number, key, e.getMessage());
        }
    }

    /** The file read, or empty for {@link #defaults}. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public ConfigSchema schema() {
        return schema;
    }

    /** Whether the file sets this key (rather than leaving it at its default). */
    public boolean isSet(String key) {
        return entries.containsKey(key);
    }

    /** The keys the file sets, in file order. */
    public Set<String> keysSet() {
        return entries.keySet();
    }

    /** Where a key was set, "file:line", for messages that point at the setting in force. */
    public Optional<String> source(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(file + ":" + entry.line());
    }

    public boolean getBoolean(String key) {
        return (Boolean) get(key, SettingType.BOOLEAN);
    }

    public int getInt(String key) {
        return (Integer) get(key, SettingType.INT);
    }

    public double getDouble(String key) {
        return (Double) get(key, SettingType.DOUBLE);
    }

    public String getString(String key) {
        return (String) get(key, SettingType.STRING);
    }

    public Severity getSeverity(String key) {
        return (Severity) get(key, SettingType.SEVERITY);
    }

    @SuppressWarnings("unchecked")
    public List<String> getList(String key) {
        return (List<String>) get(key, SettingType.STRING_LIST);
    }

    @SuppressWarnings("unchecked")
    public List<Plmn> getPlmns(String key) {
        return (List<Plmn>) get(key, SettingType.PLMN_LIST);
    }

    /**
     * The value in force for a key: the file's, or the schema's default.
     *
     * @throws IllegalArgumentException when the schema has no such key or it has another type (a
     *                                  programming error, not a user's)
     */
    private Object get(String key, SettingType type) {
        Setting setting = schema.setting(key)
                .orElseThrow(() -> new IllegalArgumentException("no setting '" + key + "' in the schema"));
        if (setting.type() != type) {
            throw new IllegalArgumentException("setting '" + key + "' is " + setting.type() + ", not " + type);
        }
        Entry entry = entries.get(key);
        return entry != null ? entry.value() : setting.defaultValue();
    }

    private static String expected(Setting setting) {
        String range = setting.rangeText();
        return switch (setting.type()) {
            case BOOLEAN -> "true or false";
            case INT -> "a whole number" + (range.isEmpty() ? "" : " " + range);
            case DOUBLE -> "a number" + (range.isEmpty() ? "" : " " + range);
            case SEVERITY -> "info, low, medium or high";
            default -> setting.type().name();
        };
    }

    /** " (did you mean 'x'?)" for the closest known key within two edits, else "". */
    private static String suggestion(ConfigSchema schema, String key) {
        String best = null;
        int bestDistance = 3;
        for (String known : schema.keys()) {
            int distance = known.equalsIgnoreCase(key) ? 0 : editDistance(known, key);
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
