package org.roguewatch.detect;

import java.util.List;

/**
 * A tunable threshold of a detector, configurable as {@code detector.<ID>.<name>} in
 * {@code config/analyzer.properties}. The type follows the default value (Integer, Double,
 * Boolean, or a List of Strings); numbers must lie within [min, max].
 */
public record ParameterSpec(String name, Object defaultValue, double min, double max, String description) {

    public static ParameterSpec integer(String name, int defaultValue, int min, int max, String description) {
        return new ParameterSpec(name, defaultValue, min, max, description);
    }

    public static ParameterSpec decimal(String name, double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, defaultValue, min, max, description);
    }

    public static ParameterSpec list(String name, List<String> defaultValue, String description) {
        return new ParameterSpec(name, List.copyOf(defaultValue), 0, 0, description);
    }
}
