package org.roguewatch.agent;

import java.time.Instant;

/**
 * A position from an NMEA sentence.
 *
 * @param time    UTC time of the fix (RMC carries the date; GGA only the time of day, so null there)
 * @param lat     degrees north
 * @param lon     degrees east
 * @param heightM altitude above mean sea level (GGA), NaN when the sentence has none
 */
public record GpsFix(Instant time, double lat, double lon, double heightM) {
}
