package org.roguewatch.api;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.roguewatch.alert.AlertPipeline;
import org.roguewatch.locate.export.GeoJsonWriter;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.LocationReport;
import org.roguewatch.locate.report.ProbePosition;
import org.roguewatch.report.Json;
import org.roguewatch.store.AlertRow;
import org.roguewatch.store.ProbeRow;
import org.roguewatch.store.Store;
import org.roguewatch.store.StoredLocation;

/**
 * Which request gets what: authentication (bearer token, or {@code access_token} in the query for the event
 * stream, RFC 6750 §2.3, since browsers' EventSource cannot set headers), then one method per endpoint.
 */
final class ApiRoutes {
    private static final Pattern ALERT_ID = Pattern.compile("rw-[0-9a-f]{20}");
    private static final Set<String> STATUSES = Set.of("open", "resolved");
    /** Open without a token: liveness for load balancers and the page's own files (they hold no data). */
    private static final Set<String> OPEN_PATHS = Set.of("/health", "/", "/map.js", "/map.css", "/favicon.ico");

    private final ApiSettings settings;
    private final AlertPipeline pipeline;
    private final Store store;
    private final EventStream events;
    private final Metrics metrics;

    ApiRoutes(ApiSettings settings, AlertPipeline pipeline, EventStream events, Metrics metrics) {
        this.settings = settings;
        this.pipeline = pipeline;
        this.store = pipeline.store();
        this.events = events;
        this.metrics = metrics;
    }

    EventStream events() {
        return events;
    }

    ApiResponse route(FullHttpRequest request) throws ApiError {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8);
        String path = uri.path();
        if (!request.method().equals(HttpMethod.GET) && !request.method().equals(HttpMethod.HEAD)) {
            throw new ApiError(HttpResponseStatus.METHOD_NOT_ALLOWED, request.method() + " is not supported; the API"
                    + " is read-only (GET)");
        }
        if (!OPEN_PATHS.contains(path)) {
            authenticate(request, uri);
        }
        if (MapPage.FILES.containsKey(path)) {
            String name = MapPage.FILES.get(path);
            return ApiResponse.text(MapPage.TYPES.get(name), MapPage.resource(name));
        }
        return switch (path) {
            case "/health" -> ApiResponse.json("{\"status\":\"" + (store.healthy() ? "ok" : "store-unavailable")
                    + "\",\"schemaVersion\":" + store.schemaVersion() + "}");
            case "/metrics" -> ApiResponse.text("text/plain; version=0.0.4; charset=utf-8",
                    metrics.render(pipeline, events.size()).getBytes(StandardCharsets.UTF_8));
            case "/api/alerts" -> ApiResponse.json(ApiJson.alerts(alerts(uri)));
            case "/api/cells" -> ApiResponse.json(ApiJson.cells(store.cells()));
            case "/api/findings" -> ApiResponse.json(ApiJson.findings(store.findings(single(uri, "emitter"))));
            case "/api/probes" -> ApiResponse.json(ApiJson.probes(store.probes()));
            case "/api/locations" -> ApiResponse.text("application/geo+json; charset=utf-8",
                    GeoJsonWriter.write(locations()).getBytes(StandardCharsets.UTF_8));
            case "/api/config" -> ApiResponse.json(Json.write(Map.of("tileUrl", settings.tileUrl())));
            case "/api/map" -> ApiResponse.json(ApiJson.mapData(store));
            case "/api/events" -> ApiResponse.eventStream();
            default -> path.startsWith("/api/alerts/") ? alert(path.substring("/api/alerts/".length()))
                    : fail(HttpResponseStatus.NOT_FOUND, "no such endpoint: " + path);
        };
    }

    private void authenticate(FullHttpRequest request, QueryStringDecoder uri) throws ApiError {
        String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        String presented = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = header.substring(7).strip();
        } else if (uri.parameters().containsKey("access_token")) {
            presented = uri.parameters().get("access_token").get(0);
        }
        if (presented == null) {
            throw new ApiError(HttpResponseStatus.UNAUTHORIZED, "authentication required: send 'Authorization:"
                    + " Bearer <token>'");
        }
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                settings.token().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(HttpResponseStatus.UNAUTHORIZED, "the bearer token is not valid");
        }
    }

    private List<AlertRow> alerts(QueryStringDecoder uri) throws ApiError {
        String status = single(uri, "status");
        if (status != null && !STATUSES.contains(status)) {
            throw new ApiError(HttpResponseStatus.BAD_REQUEST, "status must be 'open' or 'resolved', not '"
                    + status + "'");
        }
        List<AlertRow> all = store.alerts();
        return status == null ? all : all.stream().filter(a -> a.status().equals(status)).toList();
    }

    private ApiResponse alert(String id) throws ApiError {
        if (!ALERT_ID.matcher(id).matches()) {
            throw new ApiError(HttpResponseStatus.BAD_REQUEST, "'" + id + "' is not an alert id (rw- and 20 hex"
                    + " digits)");
        }
        AlertRow row = store.alert(id).orElseThrow(() -> new ApiError(HttpResponseStatus.NOT_FOUND,
                "no alert " + id));
        return ApiResponse.json(row.doc());
    }

    private LocationReport locations() {
        List<EmitterLocation> emitters = new ArrayList<>();
        for (StoredLocation stored : store.locations()) {
            emitters.add(stored.location());
        }
        List<ProbePosition> probes = new ArrayList<>();
        for (ProbeRow probe : store.probes()) {
            if (probe.lat() != null && probe.lon() != null) {
                probes.add(new ProbePosition(probe.probeId(), probe.lat(), probe.lon(), null));
            }
        }
        return new LocationReport(emitters, probes);
    }

    /** A query parameter given at most once, or null; repeated or unknown-shaped ones are the client's error. */
    private static String single(QueryStringDecoder uri, String name) throws ApiError {
        List<String> values = uri.parameters().get(name);
        if (values == null) {
            return null;
        }
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw new ApiError(HttpResponseStatus.BAD_REQUEST, "query parameter '" + name
                    + "' must be given once with a value");
        }
        return values.get(0);
    }

    private static ApiResponse fail(HttpResponseStatus status, String message) throws ApiError {
        throw new ApiError(status, message);
    }

}
