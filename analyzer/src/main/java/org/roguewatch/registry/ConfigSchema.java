package org.roguewatch.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings a configuration file may hold, in declaration order. A key given exactly wins over a
 * pattern that also covers it.
 */
public final class ConfigSchema {
    private final Map<String, Setting> exact;
    private final List<Setting> patterns;

    private ConfigSchema(Map<String, Setting> exact, List<Setting> patterns) {
        this.exact = exact;
        this.patterns = patterns;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The setting a concrete key belongs to, if any. */
    public Optional<Setting> setting(String key) {
        Setting setting = exact.get(key);
        if (setting != null) {
            return Optional.of(setting);
        }
        return patterns.stream().filter(p -> p.matches(key)).findFirst();
    }

    /** Every setting, exact keys first, each group in declaration order. */
    public List<Setting> settings() {
        List<Setting> all = new ArrayList<>(exact.values());
        all.addAll(patterns);
        return List.copyOf(all);
    }

    /** The exact keys, in declaration order (for suggestions and documentation). */
    public List<String> keys() {
        return List.copyOf(exact.keySet());
    }

    /** Collects settings; a key declared twice is a programming error. */
    public static final class Builder {
        private final Map<String, Setting> exact = new LinkedHashMap<>();
        private final List<Setting> patterns = new ArrayList<>();

        private Builder() {
        }

        public Builder add(Setting setting) {
            boolean taken = setting.key().contains("*")
                    ? patterns.stream().anyMatch(p -> p.key().equals(setting.key()))
                    : exact.containsKey(setting.key());
            if (taken) {
                throw new IllegalArgumentException("setting '" + setting.key() + "' is declared twice");
            }
            if (setting.key().contains("*")) {
                patterns.add(setting);
            } else {
                exact.put(setting.key(), setting);
            }
            return this;
        }

        public ConfigSchema build() {
            return new ConfigSchema(new LinkedHashMap<>(exact), List.copyOf(patterns));
        }
    }
}
