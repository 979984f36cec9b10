package org.roguewatch.analyze;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roguewatch.detect.DetectionEngine;
import org.roguewatch.detect.Detector;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.OperatorPolicy;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.Scoring;
import org.roguewatch.registry.AnalyzerSettings;
import org.roguewatch.registry.ConfigException;
import org.roguewatch.registry.ConfigFile;
import org.roguewatch.registry.ConfigSchema;
import org.roguewatch.registry.Plmn;
import org.roguewatch.registry.SettingType;

/**
 * Turns {@code config/analyzer.properties} into detection settings: the schema is built from the
 * detectors themselves (every detector's enabled/severity/weight and its parameters), so a
 * configuration can only name settings that exist.
 */
public final class DetectionConfig {
    private final List<Detector> detectors;
    private final ConfigSchema schema;

    public DetectionConfig(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
        AnalyzerSettings.Builder builder = AnalyzerSettings.builder();
        for (Detector detector : detectors) {
            AnalyzerSettings.DetectorSettings registered = builder.detector(detector.id(), detector.defaultSeverity(),
                    detector.defaultWeight());
            for (ParameterSpec spec : detector.parameters()) {
                Object value = spec.defaultValue();
                if (value instanceof Integer number) {
                    registered.param(spec.name(), SettingType.INT, number, spec.min(), spec.max(), spec.description());
                } else if (value instanceof Double number) {
                    registered.param(spec.name(), SettingType.DOUBLE, number, spec.min(), spec.max(), spec.description());
                } else if (value instanceof Boolean) {
                    registered.param(spec.name(), SettingType.BOOLEAN, value, spec.description());
                } else {
                    registered.param(spec.name(), SettingType.STRING_LIST, value, spec.description());
                }
            }
        }
        this.schema = builder.build();
    }

    public ConfigSchema schema() {
        return schema;
    }

    /** The configuration file, or every default when {@code file} is null. */
    public ConfigFile load(Path file) throws ConfigException {
        return file == null ? ConfigFile.defaults(schema) : ConfigFile.load(file, schema);
    }

    public DetectionEngine engine(ConfigFile config) {
        Map<String, DetectorSettings> settings = new HashMap<>();
        for (Detector detector : detectors) {
            String id = detector.id();
            Map<String, Object> parameters = new HashMap<>();
            for (ParameterSpec spec : detector.parameters()) {
                String key = AnalyzerSettings.paramKey(id, spec.name());
                Object value = spec.defaultValue();
                if (value instanceof Integer) {
                    parameters.put(spec.name(), config.getInt(key));
                } else if (value instanceof Double) {
                    parameters.put(spec.name(), config.getDouble(key));
                } else if (value instanceof Boolean) {
                    parameters.put(spec.name(), config.getBoolean(key));
                } else {
                    parameters.put(spec.name(), config.getList(key));
                }
            }
            settings.put(id, new DetectorSettings(config.getBoolean(AnalyzerSettings.enabledKey(id)),
                    config.getSeverity(AnalyzerSettings.severityKey(id)),
                    config.getDouble(AnalyzerSettings.weightKey(id)), parameters));
        }
        Scoring scoring = new Scoring(config.getDouble(AnalyzerSettings.SCORE_SUSPICIOUS),
                config.getDouble(AnalyzerSettings.SCORE_ROGUE));
        return new DetectionEngine(detectors, settings, scoring);
    }

    public static OperatorPolicy policy(ConfigFile config) {
        return new OperatorPolicy(plmns(config.getPlmns(AnalyzerSettings.PLMN_HOME)),
                plmns(config.getPlmns(AnalyzerSettings.PLMN_PARTNER)),
                new HashSet<>(config.getList(AnalyzerSettings.SMS_PROTECTED_SENDERS)));
    }

    private static Set<String> plmns(List<Plmn> plmns) {
        Set<String> out = new HashSet<>();
        for (Plmn plmn : plmns) {
            out.add(plmn.mcc() + "-" + plmn.mnc());
        }
        return out;
    }
}
