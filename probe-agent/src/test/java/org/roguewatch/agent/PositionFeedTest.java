package org.roguewatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PositionFeedTest {
    private static final String GGA = "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47";
    private static final String RMC = "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A";

    @Test
    @Timeout(10)
    void anNmeaFileGivesThePositionAndCountsBadSentences(@TempDir Path directory) throws Exception {
        Path file = Files.write(directory.resolve("gps.nmea"), List.of(GGA, "$GPGGA,garbage*00", RMC));
        try (PositionFeed feed = PositionFeed.start(new PositionSpec.NmeaFile(file))) {
            await(() -> feed.position() != null && !feed.malformed().isEmpty());
            assertEquals(48.1173, feed.position().lat(), 1e-4);
            assertEquals(545.4, feed.position().heightM(), 1e-9, "height kept from GGA after RMC");
            assertEquals(1L, feed.malformed().get("nmea.bad-checksum"));
            // The RMC says 1994: the clock offset is GPS time minus this machine's time.
            assertTrue(feed.clockOffsetMillis() < -1_000_000_000_000L);
        }
    }

    @Test
    @Timeout(10)
    void gpsdIsAskedForNmeaAndItsSentencesAreRead() throws Exception {
        try (ServerSocket gpsd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (Socket client = gpsd.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                            StandardCharsets.US_ASCII));
                    String watch = in.readLine();
                    OutputStream out = client.getOutputStream();
                    if (watch != null && watch.startsWith("?WATCH=") && watch.contains("\"nmea\":true")) {
                        out.write(("{\"class\":\"VERSION\"}\r\n" + GGA + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    Thread.sleep(2_000);
                } catch (Exception e) {
                    // The feed closed the connection.
                }
            });
            server.setDaemon(true);
            server.start();
            try (PositionFeed feed = PositionFeed.start(new PositionSpec.Gpsd("127.0.0.1", gpsd.getLocalPort()))) {
                await(() -> feed.position() != null);
                assertEquals(11.516667, feed.position().lon(), 1e-6);
                assertTrue(feed.malformed().isEmpty(), "gpsd's JSON lines are not NMEA and not counted");
            }
        }
    }

    @Test
    void aFixedPositionIsReportedAsConfigured() throws Exception {
        try (PositionFeed feed = PositionFeed.start(new PositionSpec.Fixed(51.2, 6.7, 30))) {
            assertEquals(51.2, feed.position().lat());
            assertEquals(30, feed.position().heightM());
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met in time");
            Thread.sleep(10);
        }
    }
}
