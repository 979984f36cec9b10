package org.roguewatch.spectrum.sigmf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.roguewatch.spectrum.json.JsonException;
import org.roguewatch.spectrum.json.JsonParser;
import org.roguewatch.spectrum.json.JsonValue;
import org.roguewatch.spectrum.json.JsonValue.JsonArray;
import org.roguewatch.spectrum.json.JsonValue.JsonNumber;
import org.roguewatch.spectrum.json.JsonValue.JsonObject;
import org.roguewatch.spectrum.json.JsonValue.JsonString;

/**
 * What we need from a {@code .sigmf-meta} file (SigMF core namespace): the global datatype and sample
 * rate and the captures, checked strictly; plus the whole document, so writers can keep the rest.
 *
 * @param document   the parsed JSON, everything in it
 * @param datatype   global core:datatype
 * @param sampleRate global core:sample_rate in samples per second
 * @param captures   the captures array in order (one at sample 0 with nothing known when absent)
 */
public record SigmfMeta(JsonObject document, SigmfDatatype datatype, double sampleRate, List<SigmfCapture> captures) {
    /** Any SigMF datatype name: real or complex, float/int/unsigned, width, optional endianness. */
    private static final Pattern SIGMF_DATATYPE = Pattern.compile("[rc](f64|f32|i32|i16|u32|u16|i8|u8)(_le|_be)?");

    public SigmfMeta {
        captures = List.copyOf(captures);
    }

    /**
     * @param source the file name for messages
     * @throws SigmfException with reasons {@code sigmf.meta.json}, {@code sigmf.meta.global},
     *     {@code sigmf.datatype.missing}, {@code sigmf.datatype.unknown}, {@code sigmf.datatype.unsupported},
     *     {@code sigmf.sample-rate.missing}, {@code sigmf.sample-rate.invalid}, {@code sigmf.channels.unsupported},
     *     {@code sigmf.captures.invalid}
     */
    public static SigmfMeta parse(String json, String source) throws SigmfException {
        JsonValue root;
        try {
            root = JsonParser.parse(json);
        } catch (JsonException e) {
            throw new SigmfException("sigmf.meta.json", source + ": not valid JSON: " + e.getMessage());
        }
        if (!(root instanceof JsonObject document)) {
            throw new SigmfException("sigmf.meta.json", source + ": top level is a JSON " + root.kind()
                    + ", not an object");
        }
        JsonObject global = member(document, "global", JsonObject.class, source, "sigmf.meta.global")
                .orElseThrow(() -> new SigmfException("sigmf.meta.global", source + ": no \"global\" object"));
        SigmfDatatype datatype = datatype(global, source);
        double sampleRate = sampleRate(global, source);
        Optional<JsonNumber> channels = member(global, "core:num_channels", JsonNumber.class, source,
                "sigmf.channels.unsupported");
        if (channels.isPresent() && channels.get().decimalValue().compareTo(BigDecimal.ONE) != 0) {
            throw new SigmfException("sigmf.channels.unsupported", source + ": core:num_channels is "
                    + channels.get().literal() + "; only single-channel recordings are read");
        }
        return new SigmfMeta(document, datatype, sampleRate, captures(document, source));
    }

    /** The capture holding sample {@code index} (the last one starting at or before it). */
    public SigmfCapture captureAt(long index) {
        SigmfCapture found = captures.get(0);
        for (SigmfCapture capture : captures) {
            if (capture.sampleStart() <= index) {
                found = capture;
            }
        }
        return found;
    }

    private static SigmfDatatype datatype(JsonObject global, String source) throws SigmfException {
        String name = member(global, "core:datatype", JsonString.class, source, "sigmf.datatype.unknown")
                .orElseThrow(() -> new SigmfException("sigmf.datatype.missing", source
                        + ": global has no core:datatype"))
                .value();
        Optional<SigmfDatatype> type = SigmfDatatype.of(name);
        if (type.isPresent()) {
            return type.get();
        }
        if (SIGMF_DATATYPE.matcher(name).matches()) {
            throw new SigmfException("sigmf.datatype.unsupported", source + ": core:datatype \"" + name
                    + "\" is valid SigMF but not read here (supported: " + SigmfDatatype.supported() + ")");
        }
        throw new SigmfException("sigmf.datatype.unknown", source + ": unknown core:datatype \"" + clip(name)
                + "\" (supported: " + SigmfDatatype.supported() + ")");
    }

    private static double sampleRate(JsonObject global, String source) throws SigmfException {
        JsonNumber rate = member(global, "core:sample_rate", JsonNumber.class, source, "sigmf.sample-rate.invalid")
                .orElseThrow(() -> new SigmfException("sigmf.sample-rate.missing", source
                        + ": global has no core:sample_rate; a spectrum needs it"));
        double value = rate.doubleValue();
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new SigmfException("sigmf.sample-rate.invalid", source + ": core:sample_rate " + rate.literal()
                    + " is not a positive number");
        }
        return value;
    }

    private static List<SigmfCapture> captures(JsonObject document, String source) throws SigmfException {
        Optional<JsonArray> array = member(document, "captures", JsonArray.class, source, "sigmf.captures.invalid");
        List<SigmfCapture> captures = new ArrayList<>();
        if (array.isPresent()) {
            long previous = -1;
            int index = 0;
            for (JsonValue element : array.get().elements()) {
                String where = "captures[" + index++ + "]";
                if (!(element instanceof JsonObject capture)) {
                    throw new SigmfException("sigmf.captures.invalid", source + ": " + where + " is a "
                            + element.kind() + ", not an object");
                }
                long start = sampleStart(capture, source, where);
                if (start <= previous) {
                    throw new SigmfException("sigmf.captures.invalid", source + ": " + where
                            + " core:sample_start " + start + " does not follow " + previous
                            + " (captures must be sorted)");
                }
                previous = start;
                OptionalDouble frequency = OptionalDouble.empty();
                Optional<JsonNumber> f = member(capture, "core:frequency", JsonNumber.class, source,
                        "sigmf.captures.invalid");
                if (f.isPresent()) {
                    frequency = OptionalDouble.of(f.get().doubleValue());
                }
                Instant datetime = null;
                Optional<JsonString> d = member(capture, "core:datetime", JsonString.class, source,
                        "sigmf.captures.invalid");
                if (d.isPresent()) {
                    try {
                        datetime = OffsetDateTime.parse(d.get().value()).toInstant();
                    } catch (DateTimeParseException e) {
                        throw new SigmfException("sigmf.captures.invalid", source + ": " + where
                                + " core:datetime \"" + clip(d.get().value()) + "\" is not ISO 8601");
                    }
                }
                captures.add(new SigmfCapture(start, frequency, datetime));
            }
        }
        if (captures.isEmpty() || captures.get(0).sampleStart() != 0) {
            captures.add(0, new SigmfCapture(0, OptionalDouble.empty(), null));
        }
        return captures;
    }

    private static long sampleStart(JsonObject capture, String source, String where) throws SigmfException {
        Optional<JsonNumber> start = member(capture, "core:sample_start", JsonNumber.class, source,
                "sigmf.captures.invalid");
        if (start.isEmpty()) {
            return 0;
        }
        try {
            long value = start.get().decimalValue().longValueExact();
            if (value < 0) {
                throw new ArithmeticException();
            }
            return value;
        } catch (ArithmeticException e) {
            throw new SigmfException("sigmf.captures.invalid", source + ": " + where + " core:sample_start "
                    + start.get().literal() + " is not a non-negative integer");
        }
    }

    private static <T extends JsonValue> Optional<T> member(JsonObject object, String key, Class<T> type,
            String source, String reason) throws SigmfException {
        Optional<JsonValue> value = object.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!type.isInstance(value.get())) {
            throw new SigmfException(reason, source + ": \"" + key + "\" is a JSON " + value.get().kind()
                    + ", expected " + kindOf(type));
        }
        return Optional.of(type.cast(value.get()));
    }

    private static String kindOf(Class<?> type) {
        if (type == JsonObject.class) {
            return "an object";
        }
        if (type == JsonArray.class) {
            return "an array";
        }
        if (type == JsonNumber.class) {
            return "a number";
        }
        return "a string";
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
