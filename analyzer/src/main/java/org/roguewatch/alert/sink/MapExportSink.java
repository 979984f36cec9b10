package org.roguewatch.alert.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.alert.Alert;
import org.roguewatch.alert.AlertEvent;
import org.roguewatch.alert.AlertStatus;
import org.roguewatch.locate.export.GeoJsonWriter;
import org.roguewatch.locate.export.KmlWriter;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.LocationReport;

/**
 * Keeps alerts.geojson and alerts.kml current with the located emitters of the open alerts, for GIS tools
 * (QGIS, Google Earth) that reload a file.
 */
public final class MapExportSink implements AlertSink {
    private final Path geojson;
    private final Path kml;
    private final Map<String, EmitterLocation> located = new LinkedHashMap<>();

    public MapExportSink(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.geojson = dir.resolve("alerts.geojson");
        this.kml = dir.resolve("alerts.kml");
    }

    @Override
    public String name() {
        return "map";
    }

    @Override
    public synchronized void deliver(AlertEvent event) throws IOException {
        Alert alert = event.alert();
        if (alert.status() == AlertStatus.RESOLVED || alert.location() == null) {
            located.remove(alert.id());
        } else {
            located.put(alert.id(), alert.location());
        }
        LocationReport report = new LocationReport(List.copyOf(located.values()), List.of());
        GeoJsonWriter.write(report, geojson);
        KmlWriter.write(report, kml);
    }

    public Path geojson() {
        return geojson;
    }

    public Path kml() {
        return kml;
    }
}
