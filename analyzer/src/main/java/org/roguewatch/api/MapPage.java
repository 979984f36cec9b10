package org.roguewatch.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The map page's files (HTML, script, style) from the class path, and the same page as one self-contained
 * offline file with the data embedded, for opening from disk with no server and no network.
 */
public final class MapPage {
    static final Map<String, String> FILES = Map.of("/", "map.html", "/map.js", "map.js", "/map.css", "map.css");
    static final Map<String, String> TYPES = Map.of("map.html", "text/html; charset=utf-8",
            "map.js", "text/javascript; charset=utf-8", "map.css", "text/css; charset=utf-8");

    private MapPage() {
    }

    static byte[] resource(String name) {
        try (InputStream in = MapPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("map page resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read map page resource " + name, e);
        }
    }

    private static String text(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    /**
     * The page with script and style inlined and {@code dataJson} ({"alerts":[…],"probes":[…],"cells":[…]}) as
     * its data instead of the API.
     */
    public static String offline(String dataJson) {
        String safeData = dataJson.replace("</", "<\\/");
        return text("map.html")
                .replace("<link rel=\"stylesheet\" href=\"map.css\">", "<style>\n" + text("map.css") + "</style>")
                .replace("<script src=\"map.js\"></script>", "<script>window.ROGUEWATCH_DATA = " + safeData
                        + ";</script>\n<script>\n" + text("map.js").replace("</", "<\\/") + "</script>");
    }
}
