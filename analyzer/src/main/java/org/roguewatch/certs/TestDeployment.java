package org.roguewatch.certs;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything a test deployment of the fleet needs, written to one directory:
 * {@code ca.pem}, {@code ca-key.pem}, {@code analyzer.pem}, {@code analyzer-key.pem},
 * {@code probe-ID.pem} and {@code probe-ID-key.pem} per probe, and {@code crl.pem} revoking the
 * probes named in {@code revoked} (empty when none).
 *
 * @param analyzerNames DNS names / IP addresses probes dial the analyzer by
 * @param probeIds      one client certificate each; the id is the certificate's CN
 * @param revoked       probe ids whose certificates the CRL revokes
 * @param validity      how long the certificates and the CRL are valid from now
 */
public record TestDeployment(List<String> analyzerNames, List<String> probeIds, Set<String> revoked,
                             Duration validity) {
    public static final String CA = "ca.pem";
    public static final String CA_KEY = "ca-key.pem";
    public static final String ANALYZER = "analyzer.pem";
    public static final String ANALYZER_KEY = "analyzer-key.pem";
    public static final String CRL = "crl.pem";

    public static String probeCertificate(String probeId) {
        return "probe-" + probeId + ".pem";
    }

    public static String probeKey(String probeId) {
        return "probe-" + probeId + "-key.pem";
    }

    /** Writes the files; returns the paths written. */
    public List<Path> writeTo(Path directory) throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        Instant now = Instant.now();
        // Backdated an hour: a probe whose clock runs a little behind must still accept the analyzer.
        Instant notBefore = now.minus(Duration.ofHours(1));
        Instant notAfter = now.plus(validity);
        CertificateAuthority ca = CertificateAuthority.create("RogueWatch operator CA", notBefore, notAfter);
        List<Path> written = new ArrayList<>();
        write(directory, CA, CA_KEY, new IssuedCertificate(ca.certificate(), ca.key()), written);
        write(directory, ANALYZER, ANALYZER_KEY,
                ca.issue("analyzer", CertificateRole.SERVER, analyzerNames, notBefore, notAfter), written);
        List<BigInteger> revokedSerials = new ArrayList<>();
        for (String probeId : probeIds) {
            IssuedCertificate probe = ca.issue(probeId, CertificateRole.CLIENT, List.of(), notBefore, notAfter);
            write(directory, probeCertificate(probeId), probeKey(probeId), probe, written);
            if (revoked.contains(probeId)) {
                revokedSerials.add(probe.certificate().getSerialNumber());
            }
        }
        Path crl = directory.resolve(CRL);
        PemFiles.writeCrl(crl, ca.revocationList(revokedSerials, notBefore, notAfter));
        written.add(crl);
        return written;
    }

    private static void write(Path directory, String certificateName, String keyName, IssuedCertificate issued,
                              List<Path> written) throws IOException {
        Path certificate = directory.resolve(certificateName);
        Path key = directory.resolve(keyName);
        PemFiles.writeCertificate(certificate, issued.certificate());
        PemFiles.writeKey(key, issued.key());
        written.add(certificate);
        written.add(key);
    }
}
