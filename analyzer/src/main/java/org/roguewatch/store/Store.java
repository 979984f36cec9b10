package org.roguewatch.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.locate.report.GeoEllipse;
import org.roguewatch.locate.report.TrackPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyzer's durable state over one JDBC connection. The JDBC URL picks the database: an H2 file
 * ({@code jdbc:h2:file:/var/lib/roguewatch/store}) by default, PostgreSQL ({@code jdbc:postgresql://...}) when
 * its driver is on the class path. Every write commits before returning, so what a method accepted survives a
 * crash. Methods are synchronized: the pipeline, the webhook worker and the API share one store.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /*
     * Text keys are ordered here, not by ORDER BY: the database's collation decides that, and a PostgreSQL
     * database with a language collation puts "east" before "North" where H2 puts it after. Java's String order
     * gives every database the same answer.
     */
    private static final Comparator<CellRow> CELL_ORDER = Comparator.comparingDouble(CellRow::score).reversed()
            .thenComparing(CellRow::emitter);
    private static final Comparator<OutboxEntry> OUTBOX_ORDER = Comparator.comparing(OutboxEntry::createdAt)
            .thenComparing(OutboxEntry::idempotencyKey);

    private final Connection connection;
    private final String url;
    private final int schemaVersion;

    private Store(Connection connection, String url, int schemaVersion) {
        this.connection = connection;
        this.url = url;
        this.schemaVersion = schemaVersion;
    }

    /** Opens (creating if needed) and migrates the database at the JDBC URL. */
    public static Store open(String jdbcUrl, String user, String password) {
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
            int version = Migrator.migrate(connection);
            LOG.info("store open at {} (schema version {})", jdbcUrl, version);
            return new Store(connection, jdbcUrl, version);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** An embedded H2 file store at this path (without the .mv.db suffix). */
    public static Store openH2File(java.nio.file.Path file) {
        return open("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    public String url() {
        return url;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    // ---- alerts

    public synchronized void saveAlert(AlertRow alert) {
        write("save alert " + alert.id(), () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE alerts SET emitter = ?, target = ?,"
                    + " radio = ?, status = ?, severity = ?, score = ?, opened_at = ?, updated_at = ?, last_heard = ?,"
                    + " resolved_at = ?, revision = ?, fingerprint = ?, doc = ? WHERE id = ?")) {
                bindAlert(update, alert, 1);
                update.setString(14, alert.id());
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alerts (emitter, target, radio,"
                    + " status, severity, score, opened_at, updated_at, last_heard, resolved_at, revision, fingerprint,"
                    + " doc, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindAlert(insert, alert, 1);
                insert.setString(14, alert.id());
                insert.executeUpdate();
            }
        });
    }

    private static void bindAlert(PreparedStatement statement, AlertRow alert, int first) throws SQLException {
        int i = first;
        statement.setString(i++, alert.emitter());
        statement.setString(i++, alert.target());
        statement.setString(i++, alert.radio());
        statement.setString(i++, alert.status());
        statement.setString(i++, alert.severity());
        statement.setDouble(i++, alert.score());
        statement.setLong(i++, alert.openedAt().toEpochMilli());
        statement.setLong(i++, alert.updatedAt().toEpochMilli());
        statement.setLong(i++, alert.lastHeard().toEpochMilli());
        setMillis(statement, i++, alert.resolvedAt());
        statement.setInt(i++, alert.revision());
        statement.setString(i++, alert.fingerprint());
        statement.setString(i, alert.doc());
    }

    /** Every alert, newest first. */
    public synchronized List<AlertRow> alerts() {
        return queryAlerts("SELECT * FROM alerts ORDER BY opened_at DESC, id", null);
    }

    /** The alerts still open, oldest first: what the lifecycle resumes from after a restart. */
    public synchronized List<AlertRow> openAlerts() {
        return queryAlerts("SELECT * FROM alerts WHERE status = ? ORDER BY opened_at, id", "open");
    }

    public synchronized Optional<AlertRow> alert(String id) {
        return queryAlerts("SELECT * FROM alerts WHERE id = ?", id).stream().findFirst();
    }

    private List<AlertRow> queryAlerts(String sql, String parameter) {
        return read("read alerts", () -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    statement.setString(1, parameter);
                }
                List<AlertRow> out = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        out.add(new AlertRow(rows.getString("id"), rows.getString("emitter"), rows.getString("target"),
                                rows.getString("radio"), rows.getString("status"), rows.getString("severity"),
                                rows.getDouble("score"), instant(rows, "opened_at"), instant(rows, "updated_at"),
                                instant(rows, "last_heard"), instant(rows, "resolved_at"), rows.getInt("revision"),
                                rows.getString("fingerprint"), rows.getString("doc")));
                    }
                }
                return out;
            }
        });
    }

    // ---- cells and findings

    /** Replaces the stored assessment of each of these emitters: its cell row and all its findings. */
    public synchronized void saveAssessments(List<CellRow> cells, List<FindingRow> findings) {
        write("save " + cells.size() + " cell assessments", () -> {
            try (PreparedStatement insertCell = connection.prepareStatement("INSERT INTO cells (emitter, radio, target,"
                         + " verdict, score, last_heard, doc) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (CellRow cell : cells) {
                    deleteAssessment(cell.emitter());
                    insertCell.setString(1, cell.emitter());
                    insertCell.setString(2, cell.radio());
                    insertCell.setString(3, cell.target());
                    insertCell.setString(4, cell.verdict());
                    insertCell.setDouble(5, cell.score());
                    setMillis(insertCell, 6, cell.lastHeard());
                    insertCell.setString(7, cell.doc());
                    insertCell.executeUpdate();
                }
            }
            long id = reserveIds("findings", findings.size());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO findings (id, emitter, signature,"
                    + " detector_version, severity, weight, summary, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (FindingRow finding : findings) {
                    insert.setLong(1, id++);
                    insert.setString(2, finding.emitter());
                    insert.setString(3, finding.signature());
                    insert.setInt(4, finding.detectorVersion());
                    insert.setString(5, finding.severity());
                    insert.setDouble(6, finding.weight());
                    insert.setString(7, finding.summary());
                    insert.setString(8, finding.evidenceJson());
                    insert.executeUpdate();
                }
            }
        });
    }

    /** Removes an emitter's assessment (cell row and findings): for a condition that has ended, e.g. a probe reporting again. */
    public synchronized void forgetAssessment(String emitter) {
        write("forget assessment of " + emitter, () -> deleteAssessment(emitter));
    }

    private void deleteAssessment(String emitter) throws SQLException {
        for (String table : List.of("cells", "findings")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE emitter = ?")) {
                delete.setString(1, emitter);
                delete.executeUpdate();
            }
        }
    }

    /** Portable id allocation (no vendor sequences or identity columns): a counter row bumped in the transaction. */
    private long reserveIds(String name, int count) throws SQLException {
        long first;
        try (PreparedStatement select = connection.prepareStatement("SELECT next_id FROM id_sequence WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                first = rows.getLong(1);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE id_sequence SET next_id = ? WHERE name = ?")) {
            update.setLong(1, first + count);
            update.setString(2, name);
            update.executeUpdate();
        }
        return first;
    }

    public synchronized List<CellRow> cells() {
        return read("read cells", () -> {
            List<CellRow> out = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM cells")) {
                while (rows.next()) {
                    out.add(new CellRow(rows.getString("emitter"), rows.getString("radio"), rows.getString("target"),
                            rows.getString("verdict"), rows.getDouble("score"), instant(rows, "last_heard"),
                            rows.getString("doc")));
                }
            }
            out.sort(CELL_ORDER);
            return out;
        });
    }

    /** Findings, all or (emitter not null) one emitter's, in the order they were stored. */
    public synchronized List<FindingRow> findings(String emitter) {
        return read("read findings", () -> {
            String sql = "SELECT * FROM findings" + (emitter == null ? "" : " WHERE emitter = ?") + " ORDER BY id";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (emitter != null) {
                    statement.setString(1, emitter);
                }
                List<FindingRow> out = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        out.add(new FindingRow(rows.getString("emitter"), rows.getString("signature"),
                                rows.getInt("detector_version"), rows.getString("severity"), rows.getDouble("weight"),
                                rows.getString("summary"), rows.getString("evidence")));
                    }
                }
                return out;
            }
        });
    }

    // ---- locations

    public synchronized void saveLocation(String emitter, EmitterLocation location) {
        write("save location of " + emitter, () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM locations WHERE emitter = ?");
                 PreparedStatement deleteTrack = connection.prepareStatement(
                         "DELETE FROM location_track WHERE emitter = ?")) {
                delete.setString(1, emitter);
                delete.executeUpdate();
                deleteTrack.setString(1, emitter);
                deleteTrack.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO locations (emitter, target, radio,"
                    + " verdict, lat, lon, e50_major_m, e50_minor_m, e50_orientation, e95_major_m, e95_minor_m,"
                    + " e95_orientation, crlb_m, transmit_dbm, exponent, sigma_db, method, probes, from_time, to_time)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 1;
                insert.setString(i++, emitter);
                insert.setString(i++, location.target());
                insert.setString(i++, location.radio());
                insert.setString(i++, location.verdict());
                insert.setDouble(i++, location.lat());
                insert.setDouble(i++, location.lon());
                i = bindEllipse(insert, i, location.ellipse50());
                i = bindEllipse(insert, i, location.ellipse95());
                setDouble(insert, i++, location.crlbM());
                setDouble(insert, i++, location.transmitDbm());
                setDouble(insert, i++, location.exponent());
                setDouble(insert, i++, location.sigmaDb());
                insert.setString(i++, location.method());
                insert.setString(i++, String.join(",", location.probes()));
                setMillis(insert, i++, location.from());
                setMillis(insert, i, location.to());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO location_track (emitter, seq,"
                    + " at_time, lat, lon, e95_major_m, e95_minor_m, e95_orientation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (TrackPoint point : location.track()) {
                    insert.setString(1, emitter);
                    insert.setInt(2, seq++);
                    insert.setLong(3, point.time().toEpochMilli());
                    insert.setDouble(4, point.lat());
                    insert.setDouble(5, point.lon());
                    bindEllipse(insert, 6, point.ellipse95());
                    insert.executeUpdate();
                }
            }
        });
    }

    public synchronized List<StoredLocation> locations() {
        return read("read locations", () -> {
            List<StoredLocation> out = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM locations")) {
                while (rows.next()) {
                    String emitter = rows.getString("emitter");
                    String probes = rows.getString("probes");
                    out.add(new StoredLocation(emitter, new EmitterLocation(rows.getString("target"),
                            rows.getString("radio"), rows.getString("verdict"), rows.getDouble("lat"),
                            rows.getDouble("lon"), ellipse(rows, "e50"), ellipse(rows, "e95"), number(rows, "crlb_m"),
                            number(rows, "transmit_dbm"), number(rows, "exponent"), number(rows, "sigma_db"),
                            rows.getString("method"), probes.isEmpty() ? List.of() : List.of(probes.split(",")),
                            instant(rows, "from_time"), instant(rows, "to_time"), List.of())));
                }
            }
            out.sort(Comparator.comparing(StoredLocation::emitter));
            List<StoredLocation> withTracks = new ArrayList<>(out.size());
            for (StoredLocation stored : out) {
                withTracks.add(new StoredLocation(stored.emitter(), withTrack(stored.location(), track(stored.emitter()))));
            }
            return withTracks;
        });
    }

    private List<TrackPoint> track(String emitter) throws SQLException {
        List<TrackPoint> points = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM location_track WHERE emitter = ? ORDER BY seq")) {
            statement.setString(1, emitter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    points.add(new TrackPoint(instant(rows, "at_time"), rows.getDouble("lat"), rows.getDouble("lon"),
                            ellipse(rows, "e95")));
                }
            }
        }
        return points;
    }

    private static EmitterLocation withTrack(EmitterLocation l, List<TrackPoint> track) {
        return new EmitterLocation(l.target(), l.radio(), l.verdict(), l.lat(), l.lon(), l.ellipse50(), l.ellipse95(),
                l.crlbM(), l.transmitDbm(), l.exponent(), l.sigmaDb(), l.method(), l.probes(), l.from(), l.to(), track);
    }

    // ---- probes

    public synchronized void saveProbe(ProbeRow probe) {
        write("save probe " + probe.probeId(), () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM probes WHERE probe_id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO probes (probe_id, lat, lon, last_seen, status, health) VALUES (?, ?, ?, ?, ?, ?)")) {
                delete.setString(1, probe.probeId());
                delete.executeUpdate();
                insert.setString(1, probe.probeId());
                setDouble(insert, 2, probe.lat());
                setDouble(insert, 3, probe.lon());
                setMillis(insert, 4, probe.lastSeen());
                insert.setString(5, probe.status());
                insert.setString(6, probe.health());
                insert.executeUpdate();
            }
        });
    }

    public synchronized List<ProbeRow> probes() {
        return read("read probes", () -> {
            List<ProbeRow> out = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM probes")) {
                while (rows.next()) {
                    out.add(new ProbeRow(rows.getString("probe_id"), boxed(rows, "lat"), boxed(rows, "lon"),
                            instant(rows, "last_seen"), rows.getString("status"), rows.getString("health")));
                }
            }
            out.sort(Comparator.comparing(ProbeRow::probeId));
            return out;
        });
    }

    // ---- webhook outbox

    /** Queues a delivery; a key already queued (the same alert event again) is left as it is. */
    public synchronized boolean enqueue(OutboxEntry entry) {
        return read("queue webhook " + entry.idempotencyKey(), () -> {
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT 1 FROM webhook_outbox WHERE idempotency_key = ?")) {
                exists.setString(1, entry.idempotencyKey());
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_outbox (idempotency_key,"
                    + " sink, body, created_at, attempts, next_attempt_at, delivered_at, last_error)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, entry.idempotencyKey());
                insert.setString(2, entry.sink());
                insert.setString(3, entry.body());
                insert.setLong(4, entry.createdAt().toEpochMilli());
                insert.setInt(5, entry.attempts());
                insert.setLong(6, entry.nextAttemptAt().toEpochMilli());
                setMillis(insert, 7, entry.deliveredAt());
                insert.setString(8, entry.lastError());
                insert.executeUpdate();
            }
            return true;
        });
    }

    /** Undelivered entries of a sink whose next attempt is due, oldest first. */
    public synchronized List<OutboxEntry> due(String sink, Instant now, int limit) {
        return outbox("SELECT * FROM webhook_outbox WHERE sink = ? AND delivered_at IS NULL AND next_attempt_at <= ?"
                + " ORDER BY created_at", sink, now, limit);
    }

    /** Every entry of a sink, delivered or not, oldest first (for tests and the metrics). */
    public synchronized List<OutboxEntry> outbox(String sink) {
        return outbox("SELECT * FROM webhook_outbox WHERE sink = ? AND next_attempt_at <= ?"
                + " ORDER BY created_at", sink, Instant.ofEpochMilli(Long.MAX_VALUE), Integer.MAX_VALUE);
    }

    private List<OutboxEntry> outbox(String sql, String sink, Instant now, int limit) {
        return read("read webhook outbox", () -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, sink);
                statement.setLong(2, now.toEpochMilli());
                List<OutboxEntry> out = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        OutboxEntry entry = new OutboxEntry(rows.getString("idempotency_key"), rows.getString("sink"),
                                rows.getString("body"), instant(rows, "created_at"), rows.getInt("attempts"),
                                instant(rows, "next_attempt_at"), instant(rows, "delivered_at"),
                                rows.getString("last_error"));
                        // Read past the limit through the last creation time taken, so which of the entries
                        // created at the same moment make the cut depends on the key order, not the database's.
                        if (out.size() >= limit && entry.createdAt().isAfter(out.get(out.size() - 1).createdAt())) {
                            break;
                        }
                        out.add(entry);
                    }
                }
                out.sort(OUTBOX_ORDER);
                return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
            }
        });
    }

    public synchronized void markDelivered(String key, int attempts, Instant at) {
        write("mark webhook " + key + " delivered", () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_outbox SET delivered_at = ?,"
                    + " attempts = ?, last_error = NULL WHERE idempotency_key = ?")) {
                update.setLong(1, at.toEpochMilli());
                update.setInt(2, attempts);
                update.setString(3, key);
                update.executeUpdate();
            }
        });
    }

    public synchronized void markFailed(String key, int attempts, Instant nextAttempt, String error) {
        write("mark webhook " + key + " failed", () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_outbox SET attempts = ?,"
                    + " next_attempt_at = ?, last_error = ? WHERE idempotency_key = ?")) {
                update.setInt(1, attempts);
                update.setLong(2, nextAttempt.toEpochMilli());
                update.setString(3, error);
                update.setString(4, key);
                update.executeUpdate();
            }
        });
    }

    /** Deliveries not yet made, over all sinks: a gauge for /metrics. */
    public synchronized long pendingDeliveries() {
        return read("count webhook outbox", () -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT COUNT(*) FROM webhook_outbox WHERE delivered_at IS NULL")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Whether the database still answers: for /health. */
    public synchronized boolean healthy() {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing store {}: {}", url, e.getMessage());
        }
    }

    // ---- helpers

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private void write(String what, SqlAction action) {
        read(what, () -> {
            action.run();
            return null;
        });
    }

    /** Runs work in one transaction, committed on success and rolled back on failure. */
    private <T> T read(String what, SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store: cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private static int bindEllipse(PreparedStatement statement, int i, GeoEllipse ellipse) throws SQLException {
        setDouble(statement, i, ellipse == null ? null : ellipse.semiMajorM());
        setDouble(statement, i + 1, ellipse == null ? null : ellipse.semiMinorM());
        setDouble(statement, i + 2, ellipse == null ? null : ellipse.orientationDeg());
        return i + 3;
    }

    private static GeoEllipse ellipse(ResultSet rows, String prefix) throws SQLException {
        Double major = boxed(rows, prefix + "_major_m");
        if (major == null && boxed(rows, prefix + "_minor_m") == null) {
            return new GeoEllipse(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN);
        }
        return new GeoEllipse(number(rows, prefix + "_major_m"), number(rows, prefix + "_minor_m"),
                number(rows, prefix + "_orientation"));
    }

    /** SQL has no infinity or NaN everywhere (PostgreSQL has, H2 not in every mode): store them as NULL. */
    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null || !Double.isFinite(value)) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static double number(ResultSet rows, String column) throws SQLException {
        Double value = boxed(rows, column);
        return value == null ? Double.NaN : value;
    }

    private static Double boxed(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static void setMillis(PreparedStatement statement, int index, Instant time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, time.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
