package org.roguewatch.spectrum.sigmf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.roguewatch.spectrum.json.JsonValue;
import org.roguewatch.spectrum.json.JsonValue.JsonNumber;
import org.roguewatch.spectrum.json.JsonValue.JsonObject;
import org.roguewatch.spectrum.json.JsonValue.JsonString;

/**
 * A SigMF annotation marking a carrier: a sample range and a frequency band with a label.
 *
 * @param sampleStart   core:sample_start
 * @param sampleCount   core:sample_count
 * @param freqLowerEdge core:freq_lower_edge in Hz
 * @param freqUpperEdge core:freq_upper_edge in Hz
 * @param label         core:label, short (e.g. "FM 98.05 MHz unlicensed")
 * @param comment       core:comment, longer free text; empty for none
 */
public record SigmfAnnotation(long sampleStart, long sampleCount, double freqLowerEdge, double freqUpperEdge,
        String label, String comment) {
    /** core:generator we write into our annotations, so a later run can tell them apart. */
    public static final String GENERATOR = "roguewatch";

    public SigmfAnnotation {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(comment, "comment");
        if (sampleStart < 0 || sampleCount < 0) {
            throw new IllegalArgumentException("negative sample range " + sampleStart + "+" + sampleCount);
        }
        if (!(freqLowerEdge <= freqUpperEdge)) {
            throw new IllegalArgumentException("lower edge " + freqLowerEdge + " above upper " + freqUpperEdge);
        }
    }

    /** The annotation as a SigMF JSON object (core fields only, in the spec's order). */
    public JsonObject toJson() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("core:sample_start", JsonNumber.of(sampleStart));
        members.put("core:sample_count", JsonNumber.of(sampleCount));
        members.put("core:freq_lower_edge", JsonNumber.of(freqLowerEdge));
        members.put("core:freq_upper_edge", JsonNumber.of(freqUpperEdge));
        members.put("core:label", new JsonString(label));
        if (!comment.isEmpty()) {
            members.put("core:comment", new JsonString(comment));
        }
        members.put("core:generator", new JsonString(GENERATOR));
        return new JsonObject(members);
    }
}
