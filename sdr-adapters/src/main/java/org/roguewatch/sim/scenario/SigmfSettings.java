package org.roguewatch.sim.scenario;

import java.time.Duration;

/**
 * The SigMF IQ recording a scenario asks for: one FM station, heard at one probe, from
 * {@code start} for {@code seconds}, at {@code sampleRateHz} complex samples per second.
 */
public record SigmfSettings(String stationId, String probeId, Duration start, double seconds, int sampleRateHz) {
}
