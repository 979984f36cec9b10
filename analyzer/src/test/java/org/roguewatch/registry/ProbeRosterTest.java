package org.roguewatch.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeRosterTest {
    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("probes.csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private String error(String... lines) throws IOException {
        Path file = write(lines);
        return assertThrows(PlanException.class, () -> ProbeRoster.load(file)).getMessage();
    }

    @Test
    void fixedAndMovingProbesWithTheirCapturesRelativeToTheRoster() throws Exception {
        ProbeRoster roster = ProbeRoster.load(write(
                "# fleet",
                "probe,pcap,sweep,time,lat,lon,height_m",
                "north,north.pcap,north-sweep.csv,,51.23548,6.77350,25",
                "car,car-1.pcap;car-2.pcap,,2026-11-24T08:00:00Z,51.2000,6.7000,",
                "car,,,2026-11-24T08:10:00Z,51.2100,6.7200,"));
        assertEquals(List.of("north", "car"), roster.probes().stream().map(RosterProbe::id).toList());
        RosterProbe north = roster.probes().get(0);
        assertFalse(north.moving());
        assertEquals(List.of(dir.resolve("north.pcap").toAbsolutePath()), north.captures());
        assertEquals(dir.resolve("north-sweep.csv").toAbsolutePath(), north.sweep());
        RosterProbe car = roster.probes().get(1);
        assertTrue(car.moving());
        assertEquals(2, car.captures().size());
        assertArrayEquals(new double[] {51.205, 6.71}, car.positionAt(Instant.parse("2026-11-24T08:05:00Z")), 1e-9);
        assertArrayEquals(new double[] {51.2, 6.7}, car.positionAt(Instant.parse("2026-11-24T07:00:00Z")), 1e-9);
        assertArrayEquals(new double[] {51.21, 6.72}, car.positionAt(Instant.parse("2026-11-24T09:00:00Z")), 1e-9);
    }

    @Test
    void columnsInAnyOrderAndOnlyTheRequiredOnes() throws Exception {
        ProbeRoster roster = ProbeRoster.load(write("LON,lat,probe", "6.7,51.2,p1"));
        assertEquals(51.2, roster.probes().get(0).track().get(0).latitude());
        assertEquals(List.of(), roster.probes().get(0).captures());
    }

    @Test
    void errorsNameFileLineAndField() throws Exception {
        String header = "probe,pcap,time,lat,lon";
        assertTrue(error("probe,pcap,latitude,lon", "p,a.pcap,51,6").endsWith(
                ":1: field 'latitude': unknown column (expected probe,pcap,sweep,time,lat,lon,height_m)"));
        assertTrue(error("probe,pcap,lon", "p,a.pcap,6").endsWith(":1: field 'lat': required column is missing from the header"));
        assertTrue(error(header, "p,a.pcap,,95,6").contains(":2: field 'lat': "), error(header, "p,a.pcap,,95,6"));
        assertTrue(error(header, "p,a.pcap,,51.2,east").contains(":2: field 'lon': "));
        assertTrue(error(header, ",a.pcap,,51.2,6.7").endsWith(":2: field 'probe': probe id is empty"));
        assertTrue(error(header, "p,a.pcap,yesterday,51.2,6.7").contains(":2: field 'time': 'yesterday' is not a UTC time"));
        assertTrue(error(header, "p,a.pcap,2026-11-24T08:10:00Z,51.2,6.7", "p,,2026-11-24T08:00:00Z,51.3,6.7")
                .contains(":3: field 'time': waypoints of probe 'p' must be in time order"));
        assertTrue(error(header, "p,a.pcap,,51.2,6.7", "p,b.pcap,,51.3,6.7")
                .contains(":3: field 'time': probe 'p' is listed again (line 2)"));
        assertTrue(error(header, "p,a.pcap,,51.2").contains(":2: expected 5 fields as in the header, found 4"));
        assertTrue(error(header).endsWith(": no probes listed"));
    }
}
