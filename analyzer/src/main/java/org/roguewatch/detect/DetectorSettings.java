package org.roguewatch.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.registry.Severity;

/**
 * A detector's effective settings: on/off, severity, weight and its parameters, from the
 * detector's defaults overridden by configuration.
 */
public record DetectorSettings(boolean enabled, Severity severity, double weight, Map<String, Object> parameters) {
    public DetectorSettings {
        parameters = Map.copyOf(parameters);
    }

    /** The detector's own defaults. */
    public static DetectorSettings defaults(Detector detector) {
        Map<String, Object> parameters = new HashMap<>();
        for (ParameterSpec spec : detector.parameters()) {
            parameters.put(spec.name(), spec.defaultValue());
        }
        return new DetectorSettings(true, detector.defaultSeverity(), detector.defaultWeight(), parameters);
    }

    public int integer(String name) {
        return ((Number) require(name)).intValue();
    }

    public double decimal(String name) {
        return ((Number) require(name)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        return (List<String>) require(name);
    }

    private Object require(String name) {
        Object value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("detector parameter '" + name + "' is not declared");
        }
        return value;
    }
}
