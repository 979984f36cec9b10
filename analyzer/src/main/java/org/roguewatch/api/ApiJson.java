package org.roguewatch.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.report.Json;
import org.roguewatch.store.AlertRow;
import org.roguewatch.store.CellRow;
import org.roguewatch.store.FindingRow;
import org.roguewatch.store.ProbeRow;
import org.roguewatch.store.Store;

/** The API's response bodies, assembled around the JSON documents the store keeps. */
public final class ApiJson {
    private ApiJson() {
    }

    static String alerts(List<AlertRow> alerts) {
        return "{\"alerts\":[" + String.join(",", alerts.stream().map(AlertRow::doc).toList()) + "]}";
    }

    static String cells(List<CellRow> cells) {
        return "{\"cells\":[" + String.join(",", cells.stream().map(CellRow::doc).toList()) + "]}";
    }

    static String findings(List<FindingRow> findings) {
        StringBuilder out = new StringBuilder("{\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            FindingRow f = findings.get(i);
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("emitter", f.emitter());
            head.put("signature", f.signature());
            head.put("detectorVersion", f.detectorVersion());
            head.put("severity", f.severity());
            head.put("weight", f.weight());
            head.put("summary", f.summary());
            String json = Json.write(head);
            out.append(i == 0 ? "" : ",").append(json, 0, json.length() - 1).append(",\"evidence\":")
                    .append(f.evidenceJson()).append('}');
        }
        return out.append("]}").toString();
    }

    static String probes(List<ProbeRow> probes) {
        StringBuilder out = new StringBuilder("{\"probes\":[");
        for (int i = 0; i < probes.size(); i++) {
            ProbeRow p = probes.get(i);
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("probeId", p.probeId());
            map.put("lat", p.lat());
            map.put("lon", p.lon());
            map.put("lastSeen", p.lastSeen());
            map.put("status", p.status());
            String json = Json.write(map);
            // The health document is stored as JSON already: embedded as it is.
            out.append(i == 0 ? "" : ",").append(json, 0, json.length() - 1).append(",\"health\":")
                    .append(p.health() == null ? "null" : p.health()).append('}');
        }
        return out.append("]}").toString();
    }

    /** Everything the map page draws, in one object: the offline page embeds exactly this. */
    public static String mapData(Store store) {
        String alerts = alerts(store.alerts());
        String probes = probes(store.probes());
        String cells = cells(store.cells());
        return "{" + alerts.substring(1, alerts.length() - 1) + "," + probes.substring(1, probes.length() - 1) + ","
                + cells.substring(1, cells.length() - 1) + "}";
    }

    static String error(int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("message", message);
        return Json.write(Map.of("error", error));
    }
}
