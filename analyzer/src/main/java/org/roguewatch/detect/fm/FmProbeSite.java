package org.roguewatch.detect.fm;

/**
 * Where a probe's antenna is, for predicting what it should receive.
 *
 * @param heightM antenna height above ground, metres
 */
public record FmProbeSite(String probeId, double latitude, double longitude, double heightM) {
}
