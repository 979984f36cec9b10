package org.roguewatch.agent;

import java.nio.file.Path;

/** Where the probe's position comes from. */
public sealed interface PositionSpec permits PositionSpec.Fixed, PositionSpec.NmeaFile, PositionSpec.Gpsd {
    /** Surveyed once, written in the config. */
    record Fixed(double lat, double lon, double heightM) implements PositionSpec {
    }

    /** NMEA 0183 sentences read from a file or a serial device (e.g. /dev/ttyACM0). */
    record NmeaFile(Path file) implements PositionSpec {
    }

    /** NMEA 0183 sentences from gpsd's TCP port (usually 127.0.0.1:2947). */
    record Gpsd(String host, int port) implements PositionSpec {
    }
}
