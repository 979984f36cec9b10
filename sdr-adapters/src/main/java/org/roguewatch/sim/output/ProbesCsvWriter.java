package org.roguewatch.sim.output;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.Waypoint;

/**
 * Writes {@code probes.csv}: where each probe was and which files hold what it received. Columns
 * (documented in config/scenarios/README.md): {@code probe,pcap,sweep,time,lat,lon,height_m}. A
 * fixed probe has one row with an empty time; a mobile probe one row per waypoint, in time order,
 * and moved in a straight line at constant speed between them (before its first row it stood at
 * the first, after its last at the last).
 */
public final class ProbesCsvWriter {
    public static final String HEADER = "probe,pcap,sweep,time,lat,lon,height_m";

    private ProbesCsvWriter() {
    }

    /** @param files probe id to its {pcap, sweep} file names, relative to probes.csv */
    public static void write(Scenario scenario, Map<String, String[]> files, Writer out) throws IOException {
        out.write("# RogueWatch simulated probes of scenario '" + scenario.name() + "' (format: config/scenarios/README.md)\n");
        out.write(HEADER + "\n");
        for (Probe probe : scenario.probes()) {
            String[] names = files.get(probe.id());
            for (Waypoint waypoint : probe.track().waypoints()) {
                String time = probe.track().mobile() ? Instant.from(scenario.start().plus(waypoint.at())).toString() : "";
                out.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%.6f,%.6f,%.1f%n", probe.id(), names[0], names[1], time,
                        waypoint.position().lat(), waypoint.position().lon(), probe.heightM()));
            }
        }
    }
}
