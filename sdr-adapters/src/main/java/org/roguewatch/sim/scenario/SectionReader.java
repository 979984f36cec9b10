package org.roguewatch.sim.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed, checked access to one section's keys. Every problem is recorded with its line and key;
 * the getters then return the fallback so loading goes on and reports everything. {@link #finish()}
 * reports the keys nobody asked for: unknown keys are errors, never ignored.
 */
final class SectionReader {
    /** Parses one value or says why it cannot. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String text) throws BadValue;
    }

    private final String file;
    private final IniSection section;
    private final Problems problems;
    private final Set<String> repeatable;
    private final Map<String, List<IniEntry>> byKey = new LinkedHashMap<>();
    private final Set<String> asked = new HashSet<>();

    SectionReader(String file, IniSection section, Problems problems, Set<String> repeatable) {
        this.file = file;
        this.section = section;
        this.problems = problems;
        this.repeatable = repeatable;
        for (IniEntry entry : section.entries()) {
            List<IniEntry> same = byKey.computeIfAbsent(entry.key(), k -> new ArrayList<>());
            if (!same.isEmpty() && !repeatable.contains(entry.key())) {
                problems.add(file, entry.line(), entry.key(), "given twice in " + section.label() + " (first on line "
                        + same.get(0).line() + ")");
                continue;
            }
            same.add(entry);
        }
    }

    String file() {
        return file;
    }

    IniSection section() {
        return section;
    }

    boolean has(String key) {
        asked.add(key);
        return byKey.containsKey(key);
    }

    /** The line of {@code key}, or of the section header when the key is absent. */
    int line(String key) {
        List<IniEntry> entries = byKey.get(key);
        return entries == null ? section.line() : entries.get(0).line();
    }

    void problem(String key, String message) {
        problems.add(file, line(key), key, message);
    }

    void problem(int line, String key, String message) {
        problems.add(file, line, key, message);
    }

    /** Every entry of a repeatable key, in file order. */
    List<IniEntry> all(String key) {
        asked.add(key);
        if (!repeatable.contains(key)) {
            throw new IllegalStateException(key + " is not declared repeatable");
        }
        return byKey.getOrDefault(key, List.of());
    }

    <T> T value(String key, Parser<T> parser, T fallback) {
        asked.add(key);
        List<IniEntry> entries = byKey.get(key);
        if (entries == null) {
            return fallback;
        }
        IniEntry entry = entries.get(0);
        try {
            return parser.parse(entry.value());
        } catch (BadValue e) {
            problems.add(file, entry.line(), key, e.getMessage());
            return fallback;
        }
    }

    <T> T required(String key, Parser<T> parser, T fallback) {
        if (!has(key)) {
            problems.add(file, section.line(), key, "missing in " + section.label());
            return fallback;
        }
        return value(key, parser, fallback);
    }

    String text(String key, String fallback) {
        return value(key, t -> t, fallback);
    }

    double decimal(String key, double fallback, double min, double max) {
        return value(key, t -> Values.range(Values.decimal(t), min, max, t), fallback);
    }

    /** A power in dBm or dB that must not be negative (a negative EIRP is a mistake, not a weak emitter). */
    double power(String key, double fallback, double max) {
        return value(key, t -> {
            double value = Values.decimal(t);
            if (value < 0) {
                throw new BadValue("negative power " + t + " (dBm of radiated power are 0 or more)");
            }
            return Values.range(value, 0, max, t);
        }, fallback);
    }

    int integer(String key, int fallback, int min, int max) {
        return value(key, t -> (int) Values.range(Values.integer(t), min, max, t), fallback);
    }

    long longInteger(String key, long fallback, long min, long max) {
        return value(key, t -> {
            long value = Values.integer(t);
            if (value < min || value > max) {
                throw new BadValue(t + " is outside " + min + ".." + max);
            }
            return value;
        }, fallback);
    }

    boolean bool(String key, boolean fallback) {
        return value(key, Values::bool, fallback);
    }

    Duration duration(String key, Duration fallback) {
        return value(key, Values::duration, fallback);
    }

    /** Marks keys as known without reading them (keys another branch of the format uses). */
    void known(String... keys) {
        asked.addAll(List.of(keys));
    }

    /** Reports every key of the section that no getter asked for, listing the keys it knows. */
    void finish() {
        String known = String.join(", ", new java.util.TreeSet<>(asked));
        for (Map.Entry<String, List<IniEntry>> entry : byKey.entrySet()) {
            if (!asked.contains(entry.getKey())) {
                for (IniEntry unknown : entry.getValue()) {
                    problems.add(file, unknown.line(), unknown.key(), "unknown key in " + section.label()
                            + " (known: " + known + ")");
                }
            }
        }
    }
}
