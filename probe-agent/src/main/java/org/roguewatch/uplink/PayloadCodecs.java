package org.roguewatch.uplink;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The payload codecs by batch type: cell observation batches and spectrum observation batches.
 */
public final class PayloadCodecs {
    private final Map<RecordType, PayloadCodec<?>> codecs = new EnumMap<>(RecordType.class);

    /** A registry with the codecs this module defines. */
    public static PayloadCodecs standard() {
        PayloadCodecs codecs = new PayloadCodecs();
        codecs.register(RecordType.OBSERVATION_BATCH, new ObservationBatchCodec());
        codecs.register(RecordType.SPECTRUM_OBSERVATION_BATCH, new SpectrumObservationBatchCodec());
        return codecs;
    }

    public <T> PayloadCodecs register(RecordType type, PayloadCodec<T> codec) {
        if (!type.isBatch()) {
            throw new IllegalArgumentException(type + " carries no batch payload");
        }
        codecs.put(type, codec);
        return this;
    }

    /** The codec for a batch type, or empty when none is registered (the batch is then counted, not read). */
    public Optional<PayloadCodec<?>> codec(RecordType type) {
        return Optional.ofNullable(codecs.get(type));
    }
}
