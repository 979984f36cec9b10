package org.roguewatch.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict {@code key = value} file: {@code #} comments, blank lines; a repeated key, a line that
 * is not {@code key = value}, a key nobody reads, a missing required key and a bad value are all
 * errors naming file, line and field. Typed getters record problems instead of throwing, and
 * {@link #finish()} throws them all together.
 */
public final class ConfigFile {
    private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z0-9_.\\-]+)\\s*=\\s*(.*?)\\s*");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)", Pattern.CASE_INSENSITIVE);

    private record Entry(String value, int line) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Boolean> read = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ConfigFile(Path file) {
        this.file = file;
    }

    public static ConfigFile load(Path file) throws IOException {
        ConfigFile config = new ConfigFile(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(text);
            if (!matcher.matches()) {
                config.problems.add(file + ":" + (i + 1) + ": not 'key = value': " + text);
                continue;
            }
            String key = matcher.group(1);
            Entry previous = config.entries.get(key);
            if (previous != null) {
                config.problems.add(file + ":" + (i + 1) + ": field '" + key + "': repeated (first set on line "
                        + previous.line() + ")");
                continue;
            }
            config.entries.put(key, new Entry(matcher.group(2), i + 1));
        }
        return config;
    }

    public Path file() {
        return file;
    }

    /** Keys starting with {@code prefix} (e.g. "source.") as present in the file. */
    public SortedSet<String> keysStartingWith(String prefix) {
        SortedSet<String> keys = new TreeSet<>();
        for (String key : entries.keySet()) {
            if (key.startsWith(prefix)) {
                keys.add(key);
            }
        }
        return keys;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public String string(String key) {
        Entry entry = take(key);
        if (entry == null) {
            problems.add(file + ": field '" + key + "': required but missing");
            return null;
        }
        if (entry.value().isEmpty()) {
            problem(key, entry, "empty");
            return null;
        }
        return entry.value();
    }

    public String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    /** A path, relative paths resolved against the config file's directory. */
    public Path path(String key) {
        String value = string(key);
        return value == null ? null : resolve(value);
    }

    public Path path(String key, Path fallback) {
        return has(key) ? path(key) : fallback;
    }

    private Path resolve(String value) {
        Path path = Path.of(value);
        Path base = file.toAbsolutePath().getParent();
        return path.isAbsolute() || base == null ? path : base.resolve(path).normalize();
    }

    public int integer(String key, int fallback, int min, int max) {
        if (!has(key)) {
            return fallback;
        }
        Entry entry = take(key);
        try {
            int value = Integer.parseInt(entry.value());
            if (value < min || value > max) {
                problem(key, entry, value + " is outside " + min + ".." + max);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, entry, "'" + entry.value() + "' is not a whole number");
            return fallback;
        }
    }

    public double decimal(String key, double min, double max) {
        Entry entry = take(key);
        if (entry == null) {
            problems.add(file + ": field '" + key + "': required but missing");
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(entry.value());
            if (!(value >= min && value <= max)) {
                problem(key, entry, entry.value() + " is outside " + min + ".." + max);
                return Double.NaN;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, entry, "'" + entry.value() + "' is not a number");
            return Double.NaN;
        }
    }

    /** A duration written {@code 500ms}, {@code 10s}, {@code 5m} or {@code 1h}. */
    public Duration duration(String key, Duration fallback) {
        if (!has(key)) {
            return fallback;
        }
        Entry entry = take(key);
        Matcher matcher = DURATION.matcher(entry.value());
        if (!matcher.matches()) {
            problem(key, entry, "'" + entry.value() + "' is not a duration like 500ms, 10s, 5m or 1h");
            return fallback;
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    /** A size in bytes, written with an optional k, m or g suffix (powers of 1024). */
    public long size(String key, long fallback) {
        if (!has(key)) {
            return fallback;
        }
        Entry entry = take(key);
        Matcher matcher = SIZE.matcher(entry.value());
        if (!matcher.matches()) {
            problem(key, entry, "'" + entry.value() + "' is not a size like 4096, 64m or 1g");
            return fallback;
        }
        long amount = Long.parseLong(matcher.group(1));
        int shift = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return amount << shift;
    }

    /** One of {@code allowed}. */
    public String choice(String key, String fallback, List<String> allowed) {
        if (!has(key) && fallback != null) {
            return fallback;
        }
        String value = string(key);
        if (value != null && !allowed.contains(value)) {
            problem(key, entries.get(key), "'" + value + "' is not one of " + String.join(", ", allowed));
            return fallback;
        }
        return value;
    }

    /** A comma-separated list (empty when absent). */
    public List<String> list(String key) {
        if (!has(key)) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : take(key).value().split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** Records a problem with a value the caller checked itself. */
    public void invalid(String key, String what) {
        Entry entry = entries.get(key);
        if (entry == null) {
            problems.add(file + ": field '" + key + "': " + what);
        } else {
            problem(key, entry, what);
        }
    }

    /** Throws every problem found, unknown keys included; returns when there were none. */
    public void finish() throws ConfigException {
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            if (!read.containsKey(entry.getKey())) {
                problems.add(file + ":" + entry.getValue().line() + ": field '" + entry.getKey() + "': unknown key");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    private Entry take(String key) {
        read.put(key, Boolean.TRUE);
        return entries.get(key);
    }

    private void problem(String key, Entry entry, String what) {
        problems.add(file + ":" + entry.line() + ": field '" + key + "': " + what);
    }
}
