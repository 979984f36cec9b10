package org.roguewatch.uplink;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a probe reports about itself in a heartbeat.
 *
 * @param sentAt          the probe's clock when sent; the analyzer derives the clock offset from it
 * @param sources         each source with whether it is up
 * @param framesPerSecond frames decoded per second over the last heartbeat interval
 * @param malformed       malformed input so far, by reason
 * @param spool           spool depth, bytes and what was dropped when full
 * @param clockOffsetMillis the probe's own estimate of its clock error (GPS time minus system time), 0 when unknown
 * @param position        where the probe is, or null when it does not know
 */
public record ProbeHealth(Instant sentAt, List<SourceState> sources, double framesPerSecond,
                          SortedMap<String, Long> malformed, SpoolHealth spool, long clockOffsetMillis,
                          Position position) {
    public ProbeHealth {
        sources = List.copyOf(sources);
        malformed = new TreeMap<>(malformed);
    }

    /** A report with nothing known but the time: for probes without sources yet, and tests. */
    public static ProbeHealth minimal() {
        return new ProbeHealth(Instant.now(), List.of(), 0, new TreeMap<>(), new SpoolHealth(0, 0, 0), 0, null);
    }

    /**
     * A source by name, whether it delivers, and in words what it is doing (a sweep tool's
     * "no device", "started", "exited"; "up" or "down" for sources that say no more).
     */
    public record SourceState(String name, boolean up, String state) {
        public SourceState {
            state = state == null || state.isBlank() ? (up ? "up" : "down") : state;
        }

        public SourceState(String name, boolean up) {
            this(name, up, null);
        }
    }

    /** Records and bytes waiting for an ack, and records dropped because the spool was full. */
    public record SpoolHealth(long records, long bytes, long droppedRecords) {
    }

    /** WGS-84 position; height in metres (NaN when unknown). */
    public record Position(double lat, double lon, double heightM) {
    }
}
