package org.roguewatch.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.roguewatch.gsm.sms.Gsm7;

/**
 * The analyzer's settings ({@code config/analyzer.properties}): the built-in keys below, and for each
 * detector registered with {@link Builder#detector} the keys {@code detector.<ID>.enabled},
 * {@code .severity}, {@code .weight} and one {@code detector.<ID>.<param>} per declared parameter.
 *
 * <pre>{@code
 * ConfigSchema schema = AnalyzerSettings.builder()
 *         .detector("GSM-LOW-T3212", Severity.MEDIUM, 1.0)
 *             .param("minimum", SettingType.INT, 5, 0, 255, "T3212 below this (deci-hours) is flagged")
 *             .and()
 *         .build();
 * }</pre>
 */
public final class AnalyzerSettings {
    public static final String PLMN_HOME = "plmn.home";
    public static final String PLMN_PARTNER = "plmn.partner";
    public static final String SMS_PROTECTED_SENDERS = "sms.protectedSenders";
    public static final String SCORE_SUSPICIOUS = "score.suspicious";
    public static final String SCORE_ROGUE = "score.rogue";

    /** Digits of a numeric SMS address: up to 20 (10 octets of semi-octets, TS 23.040 9.1.2.5). */
    private static final Pattern SENDER_NUMBER = Pattern.compile("\\+?[0-9]{1,20}");
    /** An alphanumeric address value is at most 10 octets: 11 packed GSM 7-bit septets (TS 23.040 9.1.2.5). */
    private static final int MAX_SENDER_NAME_SEPTETS = 11;

    private static final Pattern DETECTOR_ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern PARAM_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> RESERVED_PARAMS = Set.of("enabled", "severity", "weight");

    private AnalyzerSettings() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The built-in settings alone, with no detector registered. */
    public static ConfigSchema builtIn() {
        return builder().build();
    }

    public static String enabledKey(String detectorId) {
        return "detector." + detectorId + ".enabled";
    }

    public static String severityKey(String detectorId) {
        return "detector." + detectorId + ".severity";
    }

    public static String weightKey(String detectorId) {
        return "detector." + detectorId + ".weight";
    }

    public static String paramKey(String detectorId, String param) {
        return "detector." + detectorId + "." + param;
    }

    /**
     * Whether text can be an SMS originating address (TS 23.040 9.1.2.5): a number of up to 20
     * digits, optionally international ('+'), or an alphanumeric name in the GSM 7-bit default
     * alphabet (TS 23.038 6.2.1) of at most 11 septets, with at least one letter so it cannot be
     * mistaken for a number.
     */
    public static boolean isSender(String text) {
        if (SENDER_NUMBER.matcher(text).matches()) {
            return true;
        }
        return !text.isBlank() && text.strip().equals(text) && text.chars().anyMatch(Character::isLetter)
                && Gsm7.canEncode(text) && Gsm7.septetCount(text) <= MAX_SENDER_NAME_SEPTETS;
    }

    private static List<Setting> builtInSettings() {
        return List.of(
                Setting.of(PLMN_HOME, SettingType.PLMN_LIST, List.of(),
                        "the operator's own networks (MCC-MNC, comma-separated)"),
                Setting.of(PLMN_PARTNER, SettingType.PLMN_LIST, List.of(),
                        "networks expected on the air besides the home ones: national roaming partners,"
                                + " other licensed operators"),
                Setting.of(SMS_PROTECTED_SENDERS, SettingType.STRING_LIST, List.of(),
                        "SMS senders only the operator's own network may deliver: short codes, bank and"
                                + " carrier numbers, alphanumeric sender names (comma-separated)")
                        .withFormat(AnalyzerSettings::isSender, "a sender (up to 20 digits, optionally after '+',"
                                + " or a name with a letter in up to 11 GSM 7-bit characters)"),
                Setting.range(SCORE_SUSPICIOUS, SettingType.DOUBLE, 1.0, 0.0, null,
                        "a cell whose summed finding weights reach this is reported suspicious"),
                Setting.range(SCORE_ROGUE, SettingType.DOUBLE, 3.0, 0.0, null,
                        "a cell whose summed finding weights reach this is reported rogue"));
    }

    /** Collects the built-in settings and each detector's. */
    public static final class Builder {
        private final ConfigSchema.Builder schema = ConfigSchema.builder();
        private final Set<String> detectorIds = new HashSet<>();

        private Builder() {
            builtInSettings().forEach(schema::add);
        }

        /**
         * Registers a detector: its keys {@code enabled} (default true), {@code severity} and
         * {@code weight} (≥ 0) with the detector's defaults; add its parameters on the result.
         */
        public DetectorSettings detector(String id, Severity severity, double weight) {
            if (id == null || !DETECTOR_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("bad detector id '" + id + "' (upper case words joined by '-')");
            }
            if (!detectorIds.add(id)) {
                throw new IllegalArgumentException("detector " + id + " is registered twice");
            }
            schema.add(Setting.of(enabledKey(id), SettingType.BOOLEAN, true, "run detector " + id));
            schema.add(Setting.of(severityKey(id), SettingType.SEVERITY, severity,
                    "severity of " + id + " findings (info, low, medium or high)"));
            schema.add(Setting.range(weightKey(id), SettingType.DOUBLE, weight, 0.0, null,
                    "what one " + id + " finding adds to its cell's score"));
            return new DetectorSettings(this, id);
        }

        public ConfigSchema build() {
            return schema.build();
        }
    }

    /** The parameters of one detector being registered. */
    public static final class DetectorSettings {
        private final Builder parent;
        private final String id;

        private DetectorSettings(Builder parent, String id) {
            this.parent = parent;
            this.id = id;
        }

        /** A number parameter within {@code [min, max]}. */
        public DetectorSettings param(String name, SettingType type, Number defaultValue, double min, double max,
                String description) {
            parent.schema.add(Setting.range(key(name), type, defaultValue, min, max, description));
            return this;
        }

        /** A parameter of any type, with no range. */
        public DetectorSettings param(String name, SettingType type, Object defaultValue, String description) {
            parent.schema.add(Setting.of(key(name), type, defaultValue, description));
            return this;
        }

        /** Back to the builder, to register the next detector or build. */
        public Builder and() {
            return parent;
        }

        private String key(String name) {
            if (name == null || !PARAM_NAME.matcher(name).matches() || RESERVED_PARAMS.contains(name)) {
                throw new IllegalArgumentException(id + ": bad parameter name '" + name + "'");
            }
            return paramKey(id, name);
        }
    }
}
