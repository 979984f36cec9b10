package org.roguewatch.locate;

/**
 * What one probe measured of one emitter.
 *
 * @param probeId  the probe
 * @param east     probe position east of the plane's origin, metres
 * @param north    probe position north of the origin, metres
 * @param levelDbm mean received level
 * @param samples  frames the mean rests on
 */
public record Measurement(String probeId, double east, double north, double levelDbm, long samples) {
}
