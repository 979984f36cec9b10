package org.roguewatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.certs.CertificateAuthority;
import org.roguewatch.certs.CertificateRole;
import org.roguewatch.certs.IssuedCertificate;
import org.roguewatch.certs.PemFiles;
import org.roguewatch.certs.TestDeployment;
import org.roguewatch.spool.Spool;
import org.roguewatch.uplink.ObservationBatchCodec;
import org.roguewatch.uplink.RecordType;
import org.roguewatch.uplink.TlsIdentity;
import org.roguewatch.uplink.UplinkClient;

/** Only the operator's probes get in: other CA, expired, revoked and plain TCP are refused and logged. */
class ClientCertificateRefusalTest {
    @TempDir
    static Path directory;
    private static TestFleet fleet;

    @BeforeAll
    static void startServer() throws Exception {
        fleet = new TestFleet(directory);
        fleet.startServer();
    }

    @AfterAll
    static void stopServer() throws Exception {
        fleet.close();
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedAndItsSubjectLogged() throws Exception {
        Path other = directory.resolve("other-ca");
        new TestDeployment(List.of("localhost"), List.of("intruder"), Set.of(), Duration.ofDays(1)).writeTo(other);
        TlsIdentity intruder = new TlsIdentity(other.resolve(TestDeployment.probeCertificate("intruder")),
                other.resolve(TestDeployment.probeKey("intruder")), fleet.certificates.resolve(TestDeployment.CA));
        assertRefused(intruder, "CN=intruder", null);
    }

    @Test
    void anExpiredCertificateIsRefused() throws Exception {
        CertificateAuthority operator = CertificateAuthority.of(
                PemFiles.readCertificate(fleet.certificates.resolve(TestDeployment.CA)),
                PemFiles.readKey(fleet.certificates.resolve(TestDeployment.CA_KEY)));
        Instant now = Instant.now();
        IssuedCertificate expired = operator.issue("expired-probe", CertificateRole.CLIENT, List.of(),
                now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)));
        Path certificate = directory.resolve("expired.pem");
        Path key = directory.resolve("expired-key.pem");
        PemFiles.writeCertificate(certificate, expired.certificate());
        PemFiles.writeKey(key, expired.key());
        assertRefused(new TlsIdentity(certificate, key, fleet.certificates.resolve(TestDeployment.CA)),
                "CN=expired-probe", "EXPIRED");
    }

    @Test
    void aRevokedCertificateIsRefused() throws Exception {
        assertRefused(fleet.probeTls("revoked-probe"), "CN=revoked-probe", "REVOKED");
    }

    @Test
    void aPlainTcpClientIsRefused() throws Exception {
        long before = fleet.server().stats().closedByReason().getOrDefault("not-tls", 0L);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), fleet.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("HELLO probe-a plain\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // Drain until the server closes; a TLS alert may come first.
            }
        }
        awaitCount(() -> fleet.server().stats().closedByReason().getOrDefault("not-tls", 0L), before + 1);
    }

    @Test
    void theOperatorsOwnProbeIsAccepted() throws Exception {
        try (Spool spool = fleet.spool("probe-b")) {
            spool.append(RecordType.OBSERVATION_BATCH,
                    new ObservationBatchCodec().encode(SyntheticObservations.batch("probe-b", 0, 10)));
            UplinkClient client = fleet.client("probe-b", spool, fleet.port());
            client.start();
            try {
                awaitCount(() -> (long) fleet.sink.distinctOf("probe-b"), 10);
            } finally {
                client.close();
            }
        }
    }

    private static void assertRefused(TlsIdentity identity, String subject, String reason) throws Exception {
        long refusedBefore = fleet.refusals.count();
        try (RawTlsConnection connection = new RawTlsConnection(identity, fleet.port())) {
            connection.handshake();
            connection.send(new byte[] {0x52, 0x57});
            assertTrue(connection.closedWithin(5_000), "server closed the connection");
            assertEquals(0, connection.received(), "no application data reached a refused client");
        }
        assertTrue(fleet.refusals.count() > refusedBefore);
        CertificateRefusal refusal = fleet.refusals.recent().get(fleet.refusals.recent().size() - 1);
        assertTrue(refusal.subject().contains(subject), refusal.toString());
        if (reason != null) {
            assertTrue(refusal.reason().contains(reason), refusal.toString());
        }
    }

    private static void awaitCount(java.util.function.LongSupplier value, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (value.getAsLong() < expected) {
            assertTrue(System.nanoTime() < deadline, "reached " + value.getAsLong() + " of " + expected);
            Thread.sleep(10);
        }
    }
}
