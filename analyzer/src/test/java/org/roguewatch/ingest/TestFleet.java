package org.roguewatch.ingest;

import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.roguewatch.certs.TestDeployment;
import org.roguewatch.spool.Spool;
import org.roguewatch.spool.SpoolSettings;
import org.roguewatch.uplink.PayloadCodecs;
import org.roguewatch.uplink.ProbeHealth;
import org.roguewatch.uplink.TlsIdentity;
import org.roguewatch.uplink.UplinkClient;
import org.roguewatch.uplink.UplinkSettings;
import org.roguewatch.uplink.WireFormat;

/**
 * A test deployment in a directory: certificates from {@code roguewatch certs}' own code, an
 * ingest server that can be stopped and started again on the same port and mark directory, and
 * uplink clients with spools.
 */
final class TestFleet implements AutoCloseable {
    static final List<String> PROBES = List.of("probe-a", "probe-b", "probe-c", "revoked-probe");

    final Path directory;
    final Path certificates;
    final CollectingSink sink = new CollectingSink();
    final CertificateRefusals refusals = new CertificateRefusals();
    final ProbeRegistry registry = new ProbeRegistry(Duration.ofSeconds(30), Duration.ofMinutes(2), List.of(),
            Clock.systemUTC());
    private IngestServer server;
    private HighWaterMarks marks;
    private int port;

    TestFleet(Path directory) throws IOException, GeneralSecurityException {
        this.directory = directory;
        this.certificates = directory.resolve("certs");
        new TestDeployment(List.of("localhost", "127.0.0.1"), PROBES, Set.of("revoked-probe"), Duration.ofDays(1))
                .writeTo(certificates);
    }

    ServerTls serverTls() {
        return new ServerTls(certificates.resolve(TestDeployment.ANALYZER),
                certificates.resolve(TestDeployment.ANALYZER_KEY), certificates.resolve(TestDeployment.CA),
                certificates.resolve(TestDeployment.CRL));
    }

    /** Starts the server (again), on the port it had before if it ran already. */
    IngestServer startServer() throws IOException {
        SslContext ssl = serverTls().context(refusals);
        marks = new HighWaterMarks(directory.resolve("marks"));
        server = IngestServer.start(new IngestSettings("127.0.0.1", port, WireFormat.DEFAULT_MAX_PAYLOAD,
                Duration.ofSeconds(30)), ssl, sink, registry, marks, PayloadCodecs.standard());
        port = server.address().getPort();
        return server;
    }

    void stopServer() throws IOException {
        server.close();
        marks.close();
    }

    int port() {
        return port;
    }

    IngestServer server() {
        return server;
    }

    TlsIdentity probeTls(String probeId) {
        return new TlsIdentity(certificates.resolve(TestDeployment.probeCertificate(probeId)),
                certificates.resolve(TestDeployment.probeKey(probeId)), certificates.resolve(TestDeployment.CA));
    }

    Spool spool(String probeId) throws IOException {
        return Spool.open(directory.resolve("spool-" + probeId), SpoolSettings.DEFAULTS);
    }

    UplinkClient client(String probeId, Spool spool, int targetPort) throws IOException {
        UplinkSettings settings = new UplinkSettings("127.0.0.1", targetPort, probeId, Duration.ofMillis(20),
                Duration.ofMillis(400), Duration.ofSeconds(1), 64, WireFormat.DEFAULT_MAX_PAYLOAD);
        return new UplinkClient(settings, probeTls(probeId).clientContext(), spool, ProbeHealth::minimal);
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            stopServer();
        }
    }
}
