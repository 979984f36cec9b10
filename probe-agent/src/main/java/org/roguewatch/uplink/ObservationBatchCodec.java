package org.roguewatch.uplink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.decode.RadioMessage;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.observe.DedicatedTransaction;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.LevelWindow;
import org.roguewatch.observe.LteFields;
import org.roguewatch.observe.Radio;
import org.roguewatch.observe.Sighting;
import org.roguewatch.observe.SignalSummary;

/**
 * The binary codec of a batch of {@link CellObservation}s: everything detection reads (identity
 * and parameter histories with their frame references, message counts, signal summary and
 * dedicated-channel transactions with their decoded messages). Fields go by name, so probe and
 * analyzer may differ in which fields they know: a field the reader does not know is read
 * (its values are self-describing), dropped and counted in {@link #unknownFields()}.
 */
public final class ObservationBatchCodec implements PayloadCodec<List<CellObservation>> {
    private static final Map<String, CellField<?>> GSM = byName(GsmFields.ALL);
    private static final Map<String, CellField<?>> LTE = byName(LteFields.ALL);
    private static final Radio[] RADIOS = Radio.values();

    private final java.util.concurrent.atomic.LongAdder unknownFields = new java.util.concurrent.atomic.LongAdder();

    private static Map<String, CellField<?>> byName(List<CellField<?>> fields) {
        Map<String, CellField<?>> map = new HashMap<>();
        for (CellField<?> field : fields) {
            map.put(field.name(), field);
        }
        return map;
    }

    /** Fields dropped on decoding because this build does not know them. */
    public long unknownFields() {
        return unknownFields.sum();
    }

    @Override
    public byte[] encode(List<CellObservation> observations) {
        PayloadWriter out = new PayloadWriter(64 + observations.size() * 64);
        out.varint(observations.size());
        for (CellObservation observation : observations) {
            write(out, observation);
        }
        return out.toByteArray();
    }

    @Override
    public List<CellObservation> decode(byte[] payload) {
        PayloadReader in = new PayloadReader(payload);
        return in.batch("observations", i -> read(in));
    }

    private static void write(PayloadWriter out, CellObservation observation) {
        out.string(observation.probeId());
        out.u8(observation.radio().ordinal());
        out.signed(observation.channel());
        out.instant(observation.firstSeen());
        out.instant(observation.lastSeen());
        out.varint(observation.fields().size());
        observation.fields().forEach((field, history) -> {
            out.string(field.name());
            writeHistory(out, history);
        });
        out.varint(observation.messages().size());
        observation.messages().forEach((name, count) -> {
            out.string(name);
            out.varint(count);
        });
        writeSignal(out, observation.signal());
        out.varint(observation.transactions().size());
        for (DedicatedTransaction transaction : observation.transactions()) {
            out.string(transaction.channel());
            out.bool(transaction.released());
            out.varint(transaction.steps().size());
            for (DedicatedStep step : transaction.steps()) {
                writeRef(out, step.ref());
                out.bool(step.uplink());
                RecordGraphCodec.write(out, step.message());
            }
        }
    }

    private CellObservation read(PayloadReader in) {
        String probeId = in.string();
        int radioCode = in.u8();
        if (radioCode >= RADIOS.length) {
            throw in.bad("bad-radio", "radio " + radioCode);
        }
        Radio radio = RADIOS[radioCode];
        int channel = in.signedInt();
        var firstSeen = in.instant();
        var lastSeen = in.instant();
        Map<String, CellField<?>> known = radio == Radio.LTE ? LTE : GSM;
        int fieldCount = in.count();
        Map<CellField<?>, FieldHistory<?>> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldCount; i++) {
            String name = in.string();
            CellField<?> field = known.get(name);
            FieldHistory<?> history = readHistory(in, field);
            if (field == null) {
                unknownFields.increment();
            } else {
                fields.put(field, history);
            }
        }
        int messageCount = in.count();
        SortedMap<String, Long> messages = new TreeMap<>();
        for (int i = 0; i < messageCount; i++) {
            messages.put(in.string(), in.varint());
        }
        SignalSummary signal = readSignal(in);
        int transactionCount = in.count();
        List<DedicatedTransaction> transactions = new ArrayList<>(transactionCount);
        for (int i = 0; i < transactionCount; i++) {
            String name = in.string();
            boolean released = in.bool();
            int stepCount = in.count();
            List<DedicatedStep> steps = new ArrayList<>(stepCount);
            for (int s = 0; s < stepCount; s++) {
                FrameRef ref = readRef(in);
                boolean uplink = in.bool();
                Object message = RecordGraphCodec.read(in);
                if (!(message instanceof RadioMessage radioMessage)) {
                    throw in.bad("not-a-message", String.valueOf(message));
                }
                steps.add(new DedicatedStep(ref, uplink, radioMessage));
            }
            transactions.add(new DedicatedTransaction(name, steps, released));
        }
        return new CellObservation(probeId, radio, channel, firstSeen, lastSeen, fields, messages, signal,
                transactions);
    }

    private static void writeHistory(PayloadWriter out, FieldHistory<?> history) {
        out.varint(history.sightings().size());
        for (Sighting<?> sighting : history.sightings()) {
            RecordGraphCodec.write(out, sighting.value());
            writeRef(out, sighting.first());
            writeRef(out, sighting.last());
            out.varint(sighting.count());
        }
        RecordGraphCodec.write(out, history.latest());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static FieldHistory<?> readHistory(PayloadReader in, CellField<?> field) {
        int count = in.count();
        List<Sighting<Object>> sightings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Object value = checked(in, field, RecordGraphCodec.read(in));
            sightings.add(new Sighting<>(value, readRef(in), readRef(in), in.varint()));
        }
        Object latest = checked(in, field, RecordGraphCodec.read(in));
        return new FieldHistory(sightings, latest);
    }

    private static Object checked(PayloadReader in, CellField<?> field, Object value) {
        if (field != null && value != null && !field.type().isInstance(value)) {
            throw in.bad("bad-field-type", field.name() + " holds " + value.getClass().getSimpleName()
                    + ", expected " + field.type().getSimpleName());
        }
        return value;
    }

    private static void writeSignal(PayloadWriter out, SignalSummary signal) {
        out.varint(signal.samples());
        out.signed(signal.minDbm());
        out.signed(signal.maxDbm());
        out.float64(signal.meanDbm());
        out.signed(signal.lastDbm());
        out.float64(signal.meanSnrDb());
        out.bool(signal.strongest() != null);
        if (signal.strongest() != null) {
            writeRef(out, signal.strongest());
        }
        out.varint(signal.windows().size());
        for (LevelWindow window : signal.windows()) {
            writeRef(out, window.first());
            out.signed(window.firstDbm());
            out.float64(window.meanDbm());
            out.varint(window.samples());
        }
    }

    private static SignalSummary readSignal(PayloadReader in) {
        long samples = in.varint();
        int min = in.signedInt();
        int max = in.signedInt();
        double mean = in.float64();
        int last = in.signedInt();
        double snr = in.float64();
        FrameRef strongest = in.bool() ? readRef(in) : null;
        int windowCount = in.count();
        List<LevelWindow> windows = new ArrayList<>(windowCount);
        for (int i = 0; i < windowCount; i++) {
            windows.add(new LevelWindow(readRef(in), in.signedInt(), in.float64(), in.varint()));
        }
        return new SignalSummary(samples, min, max, mean, last, snr, strongest, windows);
    }

    private static void writeRef(PayloadWriter out, FrameRef ref) {
        out.string(ref.source());
        out.varint(ref.frame());
        out.instant(ref.time());
    }

    private static FrameRef readRef(PayloadReader in) {
        return new FrameRef(in.string(), in.varint(), in.instant());
    }
}
