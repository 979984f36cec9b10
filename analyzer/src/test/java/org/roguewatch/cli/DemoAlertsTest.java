package org.roguewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.io.DataInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roguewatch.alert.AlertPipeline;
import org.roguewatch.alert.AlertPolicy;
import org.roguewatch.alert.CapValidator;
import org.roguewatch.api.ApiServer;
import org.roguewatch.api.ApiSettings;
import org.roguewatch.store.Store;
import org.roguewatch.alert.SyslogFrames;

/**
 * The demo acceptance: {@code roguewatch demo} ends with alerts in the JSON lines file, a CAP file per
 * alert that validates against the CAP 1.2 XSD, syslog lines at a real UDP listener, and the map page URL; the
 * offline map page, opened in headless Chromium with no network, shows the rogue emitter and its ellipse.
 * The demo runs once for all of them.
 */
class DemoAlertsTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static Path out;
    private static String stdout;
    private static final List<String> syslog = new ArrayList<>();
    private static final List<String> syslogTcp = new ArrayList<>();

    @BeforeAll
    static void runDemoWithSyslogToAListener() throws Exception {
        out = Files.createTempDirectory("roguewatch-demo-alerts");
        try (DatagramSocket listener = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             ServerSocket tcpListener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Path settings = out.resolve("alerts.properties");
            Files.writeString(settings, "# demo test: syslog to a UDP and a TCP listener of the test\n"
                    + "sink.syslog.enabled = true\nsink.syslog.targets = udp://127.0.0.1:" + listener.getLocalPort()
                    + ", tcp://127.0.0.1:" + tcpListener.getLocalPort() + "\n");
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            String home = System.getProperty("roguewatch.home");
            System.setProperty("roguewatch.home", Path.of("..").toString());
            int status;
            try {
                status = new Main(List.of(new DemoCommand())).run(new String[] {"demo", "--out", out.toString(),
                    "--no-progress", "--alerts", settings.toString()}, new PrintStream(text, true,
                        StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));
            } finally {
                if (home == null) {
                    System.clearProperty("roguewatch.home");
                } else {
                    System.setProperty("roguewatch.home", home);
                }
            }
            stdout = text.toString(StandardCharsets.UTF_8);
            assertEquals(0, status, errors.toString(StandardCharsets.UTF_8));
            listener.setSoTimeout(2000);
            try {
                while (true) {
                    DatagramPacket packet = new DatagramPacket(new byte[16384], 16384);
                    listener.receive(packet);
                    syslog.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
                }
            } catch (java.net.SocketTimeoutException drained) {
                // every datagram the demo sent has been read
            }
            // The sink connected at start; the kernel queued the connection and its bytes until this accept.
            tcpListener.setSoTimeout(2000);
            try (Socket connection = tcpListener.accept()) {
                connection.setSoTimeout(2000);
                DataInputStream in = new DataInputStream(connection.getInputStream());
                while (syslogTcp.size() < syslog.size()) {
                    syslogTcp.add(SyslogFrames.read(in));
                }
            }
        }
    }

    private static List<String> alertLines() throws IOException {
        return Files.readAllLines(out.resolve("alerts.jsonl"));
    }

    @Test
    void bothRogueCellsRaiseAnAlertInTheJsonLinesFile() throws IOException {
        List<String> lines = alertLines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"emitter\":\"GSM 262-02-4711-999 ARFCN 60\"")
                && l.contains("\"event\":\"opened\"")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"emitter\":\"LTE 262-02-4712-12345678 EARFCN 6300\"")),
                String.join("\n", lines));
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"type\":\"alert\",\"event\":")));
    }

    @Test
    void thePirateFmStationRaisesAnAlertWithItsFindingAndLocation() throws IOException {
        List<String> lines = alertLines();
        String pirate = lines.stream().filter(l -> l.contains("\"emitter\":\"FM 88800000\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no alert for the 88.8 MHz pirate:\n" + String.join("\n", lines)));
        assertTrue(pirate.contains("\"radio\":\"FM\"") && pirate.contains("FM-UNLICENSED-CARRIER")
                && pirate.contains("\"ellipse95\""), pirate);
        assertFalse(pirate.contains("\"cell\":"), "an FM finding names no cell: " + pirate);
    }

    @Test
    void everyAlertHasACapFileThatValidatesAgainstTheCap12Schema() throws IOException {
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\"id\":\"(rw-[0-9a-f]{20})\"").matcher(String.join("\n", alertLines()));
        while (id.find()) {
            if (!ids.contains(id.group(1))) {
                ids.add(id.group(1));
            }
        }
        assertFalse(ids.isEmpty());
        try (Stream<Path> files = Files.list(out.resolve("cap"))) {
            assertEquals(ids.stream().map(i -> i + ".xml").sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String alertId : ids) {
            String xml = Files.readString(out.resolve("cap").resolve(alertId + ".xml"));
            assertEquals(List.of(), CapValidator.problems(xml), alertId);
        }
    }

    @Test
    void eachAlertReachedTheUdpAndTcpSyslogListenersAsRfc5424() throws IOException {
        assertEquals(alertLines().size(), syslog.size(), String.join("\n", syslog));
        assertEquals(syslog.stream().map(DemoAlertsTest::withoutTimestamp).toList(),
                syslogTcp.stream().map(DemoAlertsTest::withoutTimestamp).toList(), "the same messages over TCP");
        for (String line : syslog) {
            assertTrue(line.matches("<\\d+>1 \\S+ \\S+ roguewatch - ALERT \\[roguewatch@32473 id=\"rw-[0-9a-f]{20}\".*"),
                    line);
        }
    }

    /** The analyzer restarted on the demo's store: what the demo concluded is served by the API. */
    @Test
    void afterARestartTheApiServesTheDemosAlertsFindingsAndLocations() throws Exception {
        try (Store store = Store.openH2File(out.resolve("store"));
             AlertPipeline pipeline = new AlertPipeline(AlertPolicy.defaults(), store, List.of());
             ApiServer api = ApiServer.start(new ApiSettings("127.0.0.1", 0, "t0ken", ""), pipeline)) {
            assertEquals(List.of("FM 88800000", "GSM 262-02-4711-999 ARFCN 60", "LTE 262-02-4712-12345678 EARFCN 6300"),
                    pipeline.openAlerts().stream().map(a -> a.emitter()).sorted().toList(),
                    "the rogue cells' and the pirate's alerts resumed open");
            HttpClient http = HttpClient.newHttpClient();
            java.util.function.Function<String, String> get = path -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create(api.url() + path.substring(1)))
                            .header("Authorization", "Bearer t0ken").build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
            String alerts = get.apply("/api/alerts");
            assertTrue(alerts.contains("\"emitter\":\"GSM 262-02-4711-999 ARFCN 60\"")
                    && alerts.contains("\"emitter\":\"LTE 262-02-4712-12345678 EARFCN 6300\""), alerts);
            String findings = get.apply("/api/findings?emitter=GSM%20262-02-4711-999%20ARFCN%2060");
            assertTrue(findings.contains("\"signature\":\"GSM-NULL-CIPHER\"") && findings.contains(
                    "\"field\":\"gsm_a.rr.SC\""), findings);
            String locations = get.apply("/api/locations");
            assertTrue(locations.contains("262-02-4711-999 ARFCN 60") && locations.contains("\"LineString\""),
                    "the blaster's location and track: " + locations);
            assertTrue(get.apply("/api/probes").contains("\"probeId\":\"north\""));
        }
    }

    private static String withoutTimestamp(String message) {
        return message.replaceFirst("^(<\\d+>1) \\S+ ", "$1 ");
    }

    @Test
    void theMapPageUrlIsPrinted() {
        assertTrue(stdout.contains(out.resolve("map.html").toAbsolutePath().normalize().toUri().toString()), stdout);
        assertTrue(stdout.contains("./roguewatch demo --serve"), stdout);
    }

    @Test
    void headlessChromiumWithoutNetworkShowsTheRogueEmitterAndItsEllipse() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no Chromium at " + CHROMIUM
                + " (Debian package 'chromium'; .ci/run installs it)");
        Path screenshot = Path.of("target", "map-page-screenshot.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        String url = out.resolve("map.html").toAbsolutePath().toUri().toString();
        String dom = chromium(List.of("--dump-dom", url));
        assertTrue(dom.contains("id=\"emitter-rw-"), "an emitter dot was drawn:\n" + dom);
        assertTrue(dom.contains("class=\"ellipse95\""), "a 95 % ellipse was drawn");
        assertTrue(dom.contains("class=\"track\""), "the blaster's track was drawn");
        assertTrue(dom.contains("262-02-4711-999 ARFCN 60"), "the blaster is named");
        assertTrue(dom.contains("data-probe=\"north\""), "probes are drawn");
        assertTrue(dom.contains("伪基站"), "Chinese labels first");
        chromium(List.of("--screenshot=" + screenshot, "--window-size=1400,900", url));
        assertTrue(Files.size(screenshot) > 10_000, "screenshot saved at " + screenshot);
    }

    /** Runs headless Chromium with every host name unresolvable and no proxy: the page must need no network. */
    private static String chromium(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--proxy-server=127.0.0.1:9", "--virtual-time-budget=5000",
                "--user-data-dir=" + out.resolve("chromium-profile")));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(out.resolve("chromium.log").toFile()).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, process.exitValue(), Files.readString(out.resolve("chromium.log")));
        return new String(output, StandardCharsets.UTF_8);
    }
}
