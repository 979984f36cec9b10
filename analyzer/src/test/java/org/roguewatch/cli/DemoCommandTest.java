package org.roguewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roguewatch demo} end to end on the shipped city: it names the rogue cells, locates them and writes the maps. */
class DemoCommandTest {
    @Test
    void theCityDemoNamesAndLocatesTheRogueCells(@TempDir Path out) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        String home = System.getProperty("roguewatch.home");
        System.setProperty("roguewatch.home", Path.of("..").toString());
        int status;
        try {
            status = new Main(List.of(new DemoCommand())).run(new String[] {"demo", "--out", out.toString(),
                "--no-progress"}, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                    new PrintStream(stderr, true, StandardCharsets.UTF_8));
        } finally {
            if (home == null) {
                System.clearProperty("roguewatch.home");
            } else {
                System.setProperty("roguewatch.home", home);
            }
        }
        String text = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, stderr.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("ROGUE      GSM 262-02-4711-999 ARFCN 60"), text);
        assertTrue(text.contains("MOVING-EMITTER"), text);
        assertTrue(text.contains("ROGUE      LTE 262-02-4712-12345678 EARFCN 6300"), text);
        assertTrue(text.contains("LTE-2G-REDIRECT"), text);
        assertTrue(text.contains("262-02-4711-999 ARFCN 60     is 'blaster': true position"), text);
        assertTrue(text.matches("(?s).*FM 88\\.80 MHz +ROGUE +score +\\d+\\.\\d  FM-UNLICENSED-CARRIER.*"), text);
        assertTrue(text.matches("(?s).*FM 104\\.20 MHz +SUSPICIOUS.*FM-OFF-FREQUENCY.*"), text);
        assertTrue(text.matches("(?s).*at 51\\.\\d+, 6\\.\\d+ .*; truth 'pirate' \\d+ m away.*"), text);
        for (String file : List.of("report.jsonl", "rogues.geojson", "rogues.kml", "air/probes.csv")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
    }
}
