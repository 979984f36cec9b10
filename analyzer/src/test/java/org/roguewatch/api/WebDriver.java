package org.roguewatch.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of the W3C WebDriver protocol over HTTP to drive headless Chromium through chromedriver:
 * navigate, find, click, run a script, take a screenshot. Responses are read with patterns: the few values
 * used (session id, element id, string results) have fixed shapes.
 */
final class WebDriver implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";
    private static final Pattern SESSION = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ELEMENT = Pattern.compile("\"" + ELEMENT_KEY + "\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STRING_VALUE = Pattern.compile(
            "\"value\"\\s*:\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\""); // possessive: no recursion on a long screenshot

    private final Process driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String session;

    private WebDriver(Process driver, String base, String session) {
        this.driver = driver;
        this.base = base;
        this.session = session;
    }

    /** Starts chromedriver and a headless Chromium session whose host names resolve nowhere (loopback IPs work). */
    static WebDriver start(Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://127.0.0.1:" + port;
        HttpClient probe = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                if (probe.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains("\"ready\":true")) {
                    break;
                }
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
            if (System.nanoTime() > deadline) {
                driver.destroyForcibly();
                throw new IOException("chromedriver did not start; see " + log);
            }
            Thread.sleep(100);
        }
        String capabilities = "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\",\"goog:chromeOptions\":"
                + "{\"binary\":\"" + CHROMIUM + "\",\"args\":[\"--headless\",\"--no-sandbox\",\"--disable-gpu\","
                + "\"--disable-dev-shm-usage\",\"--window-size=1400,900\",\"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1\"]}}}}";
        WebDriver partial = new WebDriver(driver, base, null);
        String created = partial.call("POST", base + "/session", capabilities);
        Matcher id = SESSION.matcher(created);
        if (!id.find()) {
            driver.destroyForcibly();
            throw new IOException("no WebDriver session: " + created);
        }
        return new WebDriver(driver, base, id.group(1));
    }

    void open(String url) throws IOException, InterruptedException {
        call("POST", path("/url"), "{\"url\":" + quote(url) + "}");
    }

    /** The element matching the CSS selector, waiting up to the timeout for it to appear. */
    Optional<String> waitFor(String css, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            Matcher element = ELEMENT.matcher(call("POST", path("/element"),
                    "{\"using\":\"css selector\",\"value\":" + quote(css) + "}"));
            if (element.find()) {
                return Optional.of(element.group(1));
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    void click(String element) throws IOException, InterruptedException {
        call("POST", path("/element/" + element + "/click"), "{}");
    }

    /** Runs a script returning a string. */
    String script(String body) throws IOException, InterruptedException {
        Matcher value = STRING_VALUE.matcher(call("POST", path("/execute/sync"),
                "{\"script\":" + quote(body) + ",\"args\":[]}"));
        return value.find() ? value.group(1).replace("\\\"", "\"").replace("\\n", "\n") : null;
    }

    void screenshot(Path file) throws IOException, InterruptedException {
        Matcher value = STRING_VALUE.matcher(call("GET", path("/screenshot"), null));
        if (!value.find()) {
            throw new IOException("no screenshot");
        }
        java.nio.file.Files.write(file, Base64.getDecoder().decode(value.group(1)));
    }

    private String path(String suffix) {
        return base + "/session/" + session + suffix;
    }

    private String call(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (session != null) {
                call("DELETE", path(""), null);
            }
        } finally {
            driver.destroy();
            if (!driver.waitFor(5, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        }
    }
}
