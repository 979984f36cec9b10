package org.roguewatch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.alert.AlertEvent;
import org.roguewatch.alert.AlertFixtures;
import org.roguewatch.alert.AlertPipeline;
import org.roguewatch.alert.AlertPolicy;
import org.roguewatch.store.ProbeRow;
import org.roguewatch.store.Store;

/**
 * The live map page in headless Chromium (driven by chromedriver) against a real API server: it draws the
 * stored emitter with its ellipse and probes, shows a clicked alert's evidence, adds an alert that opens while
 * it is open (SSE), and switches from Chinese to English. Host names resolve nowhere in the browser.
 */
class MapPageBrowserTest {
    private static final String TOKEN = "map-test-token";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void livePageShowsEmitterEvidenceOnClickNewAlertsOverSseAndSwitchesLanguage() throws Exception {
        assumeTrue(Files.isExecutable(WebDriver.CHROMEDRIVER) && Files.isExecutable(WebDriver.CHROMIUM),
                "skipped: needs /usr/bin/chromium and /usr/bin/chromedriver (Debian chromium, chromium-driver;"
                        + " .ci/run installs them)");
        try (Store store = Store.openH2File(dir.resolve("store"));
             AlertPipeline pipeline = new AlertPipeline(AlertPolicy.defaults(), store, List.of())) {
            AlertEvent blaster = pipeline.accept(List.of(AlertFixtures.blaster(AlertFixtures.T0, 2)),
                    AlertFixtures.T0).get(0);
            for (String probe : List.of("north", "east", "south")) {
                store.saveProbe(new ProbeRow(probe, 51.225 + (probe.equals("north") ? 0.01 : 0),
                        6.76 + (probe.equals("east") ? 0.02 : 0), AlertFixtures.T0, "ok"));
            }
            try (ApiServer server = ApiServer.start(new ApiSettings("127.0.0.1", 0, TOKEN, ""), pipeline);
                 WebDriver browser = WebDriver.start(dir.resolve("chromedriver.log"))) {
                browser.open(server.url() + "?access_token=" + TOKEN);
                String id = blaster.alert().id();
                assertTrue(browser.waitFor("#emitter-" + id, WAIT).isPresent(), () -> "the emitter is drawn; page says: "
                        + page(browser));
                assertTrue(browser.waitFor("#ellipse-" + id + ".ellipse95", WAIT).isPresent(), "with its ellipse");
                assertTrue(browser.waitFor("#track-" + id, WAIT).isPresent(), "and its track");
                assertTrue(browser.waitFor("circle.probe[data-probe='east']", WAIT).isPresent(), "probes are drawn");

                browser.click(browser.waitFor("li[data-alert='" + id + "']", WAIT).orElseThrow());
                assertTrue(browser.waitFor("#details-body table.evidence", WAIT).isPresent(), "evidence shown");
                String details = browser.script("return document.getElementById('details-body').textContent;");
                assertTrue(details.contains("gsm_a.rr.SC") && details.contains("north.pcap"), details);

                AlertEvent catcher = pipeline.accept(List.of(AlertFixtures.catcher(AlertFixtures.T0)),
                        AlertFixtures.T0).get(0);
                assertTrue(browser.waitFor("li[data-alert='" + catcher.alert().id() + "']", WAIT).isPresent(),
                        "an alert opened after the page loaded appears live");

                assertEquals("zh-CN", browser.script("return document.documentElement.lang;"));
                browser.click(browser.waitFor("#lang", WAIT).orElseThrow());
                assertEquals("en", browser.script("return document.documentElement.lang;"));
                String title = browser.script("return document.querySelector('header h1').textContent;");
                assertTrue(title.startsWith("RogueWatch fake base station"), title);

                Path screenshot = Path.of("target", "map-page-live.png").toAbsolutePath();
                browser.screenshot(screenshot);
                assertTrue(Files.size(screenshot) > 10_000, "screenshot at " + screenshot);
            }
        }
    }

    private static String page(WebDriver browser) {
        try {
            return browser.script("return document.getElementById('status').textContent + ' / emitters: '"
                    + " + document.getElementById('layer-emitters').innerHTML.slice(0, 300) + ' / list: '"
                    + " + document.getElementById('alert-list').innerHTML.slice(0, 300);");
        } catch (Exception e) {
            return e.toString();
        }
    }
}
