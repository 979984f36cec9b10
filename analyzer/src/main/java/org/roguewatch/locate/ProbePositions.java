package org.roguewatch.locate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.registry.RosterProbe;

/** The fleet's probes in the local plane: where each was at a given time. */
final class ProbePositions {
    private final Map<String, RosterProbe> byId = new HashMap<>();
    private final LocalTangentPlane plane;

    ProbePositions(List<RosterProbe> roster, LocalTangentPlane plane) {
        roster.forEach(p -> byId.put(p.id(), p));
        this.plane = plane;
    }

    /** The plane centred on the probes' mean position (first waypoint of moving ones). */
    static LocalTangentPlane planeFor(List<RosterProbe> roster) {
        double lat = 0;
        double lon = 0;
        for (RosterProbe probe : roster) {
            lat += probe.track().get(0).latitude();
            lon += probe.track().get(0).longitude();
        }
        return new LocalTangentPlane(lat / roster.size(), lon / roster.size());
    }

    boolean knows(String probeId) {
        return byId.containsKey(probeId);
    }

    boolean moving(String probeId) {
        return byId.get(probeId).moving();
    }

    /** {east, north} of the probe at that time. */
    double[] at(String probeId, Instant time) {
        double[] latLon = byId.get(probeId).positionAt(time);
        return plane.toEastNorth(latLon[0], latLon[1]);
    }
}
