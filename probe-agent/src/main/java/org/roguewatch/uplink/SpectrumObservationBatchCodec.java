package org.roguewatch.uplink;

import java.util.List;
import org.roguewatch.spectrumobs.SpectrumObservation;

/**
 * The codec of a {@link RecordType#SPECTRUM_OBSERVATION_BATCH}: a count, then each
 * {@link SpectrumObservation} as a record graph (its evidence, aeronautical band and RDS records
 * travel as they are), so a field added to the observation needs no codec change.
 */
public final class SpectrumObservationBatchCodec implements PayloadCodec<List<SpectrumObservation>> {
    @Override
    public byte[] encode(List<SpectrumObservation> observations) {
        PayloadWriter out = new PayloadWriter(64 + observations.size() * 256);
        out.varint(observations.size());
        for (SpectrumObservation observation : observations) {
            RecordGraphCodec.write(out, observation);
        }
        return out.toByteArray();
    }

    @Override
    public List<SpectrumObservation> decode(byte[] payload) {
        PayloadReader in = new PayloadReader(payload);
        return in.batch("spectrum observations", i -> {
            Object value = RecordGraphCodec.read(in);
            if (!(value instanceof SpectrumObservation observation)) {
                throw in.bad("not-a-spectrum-observation", "item " + i + " is "
                        + (value == null ? "null" : value.getClass().getSimpleName()));
            }
            return observation;
        });
    }
}
