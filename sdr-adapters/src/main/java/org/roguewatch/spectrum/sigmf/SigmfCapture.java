package org.roguewatch.spectrum.sigmf;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * One SigMF capture segment: where it starts in the data, what the receiver was tuned to, when.
 *
 * @param sampleStart core:sample_start, index of the segment's first sample
 * @param frequencyHz core:frequency, the centre frequency, when given
 * @param datetime    core:datetime of the segment's first sample, when given
 */
public record SigmfCapture(long sampleStart, OptionalDouble frequencyHz, Instant datetime) {
}
