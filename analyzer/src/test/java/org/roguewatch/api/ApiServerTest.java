package org.roguewatch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roguewatch.alert.AlertFixtures;
import org.roguewatch.alert.AlertPipeline;
import org.roguewatch.alert.AlertPolicy;
import org.roguewatch.store.ProbeRow;
import org.roguewatch.store.Store;
import org.roguewatch.store.StoreEngine;
import org.roguewatch.store.TestDatabase;

class ApiServerTest {
    private static final String TOKEN = "test-token-123";
    private static final Instant T0 = AlertFixtures.T0;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private TestDatabase h2;

    private record Running(Store store, AlertPipeline pipeline, ApiServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            pipeline.close();
            store.close();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.port() + path;
        }
    }

    private Running start() throws InterruptedException {
        if (h2 == null) {
            h2 = StoreEngine.H2_FILE.fresh(dir);
        }
        return start(h2);
    }

    private Running start(TestDatabase database) throws InterruptedException {
        Store store = database.open();
        AlertPipeline pipeline = new AlertPipeline(AlertPolicy.defaults(), store, List.of());
        return new Running(store, pipeline, ApiServer.start(new ApiSettings("127.0.0.1", 0, TOKEN, ""), pipeline));
    }

    private HttpResponse<String> get(Running api, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url(path))).timeout(Duration.ofSeconds(5));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(value = StoreEngine.class, names = {"H2_FILE", "POSTGRESQL"})
    void alertsFindingsAndLocationsAreStillServedAfterARestart(StoreEngine engine) throws Exception {
        TestDatabase database = engine.fresh(dir);
        String blasterId;
        try (Running api = start(database)) {
            api.pipeline().accept(List.of(AlertFixtures.blaster(T0, 2), AlertFixtures.catcher(T0)), T0);
            api.store().saveProbe(new ProbeRow("north", 51.235, 6.77, T0, "ok"));
            String alerts = get(api, "/api/alerts", TOKEN).body();
            Matcher id = Pattern.compile("\"id\":\"(rw-[0-9a-f]{20})\",\"status\":\"open\",\"emitter\":\"GSM ")
                    .matcher(alerts);
            assertTrue(id.find(), alerts);
            blasterId = id.group(1);
        }
        try (Running api = start(database)) {
            HttpResponse<String> alerts = get(api, "/api/alerts?status=open", TOKEN);
            assertEquals(200, alerts.statusCode());
            assertEquals(2, count(alerts.body(), "\"type\":\"alert\""), alerts.body());
            HttpResponse<String> one = get(api, "/api/alerts/" + blasterId, TOKEN);
            assertEquals(200, one.statusCode());
            assertTrue(one.body().contains("\"signature\":\"GSM-NULL-CIPHER\"") && one.body().contains(
                    "\"evidence\":[{\"probe\":\"north\",\"source\":\"north.pcap\",\"frame\":17"), one.body());
            String findings = get(api, "/api/findings?emitter=GSM%20262-02-4711-999%20ARFCN%2060", TOKEN).body();
            assertEquals(2, count(findings, "\"signature\":"), findings);
            assertTrue(findings.contains("\"field\":\"gsm_a.rr.SC\""), findings);
            HttpResponse<String> locations = get(api, "/api/locations", TOKEN);
            assertTrue(locations.headers().firstValue("content-type").orElse("").startsWith("application/geo+json"));
            assertTrue(locations.body().contains("\"FeatureCollection\"") && locations.body().contains("51.22935"),
                    locations.body());
            assertTrue(get(api, "/api/probes", TOKEN).body().contains("\"probeId\":\"north\""));
            assertTrue(get(api, "/api/cells", TOKEN).body().contains("\"verdict\":\"rogue\""));
            assertEquals(2, api.pipeline().openAlerts().size(), "the lifecycle resumed both open alerts");
        }
    }

    @Test
    void badRequestsGetJsonErrorsAndNoTokenGets401() throws Exception {
        try (Running api = start()) {
            api.pipeline().accept(List.of(AlertFixtures.blaster(T0, 1)), T0);
            assertError(get(api, "/api/alerts", null), 401);
            assertError(get(api, "/api/alerts", "wrong"), 401);
            assertTrue(get(api, "/api/alerts", null).headers().firstValue("www-authenticate").isPresent());
            assertError(get(api, "/api/alerts/not-an-id", TOKEN), 400);
            assertError(get(api, "/api/alerts/rw-00000000000000000000", TOKEN), 404);
            assertError(get(api, "/api/alerts?status=burning", TOKEN), 400);
            assertError(get(api, "/api/findings?emitter=", TOKEN), 400);
            assertError(get(api, "/api/nothing", TOKEN), 404);
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(api.url("/api/alerts")))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertError(post, 405);
            assertEquals(200, get(api, "/health", null).statusCode(), "health needs no token");
            String metrics = get(api, "/metrics", TOKEN).body();
            assertTrue(metrics.contains("roguewatch_alerts_open 1") && metrics.contains(
                    "roguewatch_http_responses_total{status=\"401\"} 3"), metrics);
            // Not HTTP at all: the codec's failure becomes a 400 with a JSON body.
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.server().port())) {
                socket.setSoTimeout(5000);
                OutputStream out = socket.getOutputStream();
                out.write("GET /api/alerts HTTP/1.1 extra tokens\r\nHost: x\r\nBad Header Line\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 400") && answer.contains("{\"error\":{\"status\":400"), answer);
            }
        }
    }

    @Test
    void theEventStreamDeliversNewAlertsLive() throws Exception {
        try (Running api = start();
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.server().port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET /api/events?access_token=" + TOKEN + " HTTP/1.1\r\nHost: x\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 200 OK", in.readLine());
            String line;
            while (!(line = in.readLine()).contains(": connected")) {
                assertTrue(line != null);
            }
            api.pipeline().accept(List.of(AlertFixtures.catcher(T0)), T0);
            StringBuilder seen = new StringBuilder();
            while ((line = in.readLine()) != null && !line.startsWith("data: ")) {
                seen.append(line).append('\n');
            }
            assertTrue(seen.toString().contains("event: alert"), seen.toString());
            assertTrue(line.contains("\"event\":\"opened\"") && line.contains("LTE 262-02-4712-12345678"), line);
        }
    }

    @Test
    void theMapPageIsServedWithoutExternalResources() throws Exception {
        try (Running api = start()) {
            String page = get(api, "/", null).body();
            assertTrue(page.contains("<svg id=\"map\""));
            String script = get(api, "/map.js", null).body();
            assertTrue(script.contains("EventSource"), "live alerts over SSE");
            for (String resource : List.of(page, script, get(api, "/map.css", null).body())) {
                // The SVG namespace is a name, not a fetch; nothing else may point off the machine.
                String rest = resource.replace("http://www.w3.org/2000/svg", "");
                assertTrue(!rest.contains("http://") && !rest.contains("https://"), "no external URL");
            }
        }
    }

    private static void assertError(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        assertTrue(response.body().startsWith("{\"error\":{\"status\":" + status + ",\"message\":\""), response.body());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
