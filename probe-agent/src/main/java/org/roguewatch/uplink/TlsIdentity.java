package org.roguewatch.uplink;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/**
 * The PEM files one end of the uplink presents and trusts: its certificate chain, its PKCS#8
 * private key, and the operator CA that must have signed the other end.
 *
 * @param certificate PEM certificate chain of this end
 * @param privateKey  PEM PKCS#8 private key ("BEGIN PRIVATE KEY")
 * @param trustedCa   PEM certificate of the operator CA
 */
public record TlsIdentity(Path certificate, Path privateKey, Path trustedCa) {
    /** Only TLS 1.3: the uplink has no legacy peers, and 1.3 encrypts the client certificate. */
    public static final String PROTOCOL = "TLSv1.3";

    /**
     * The probe's client context: presents the probe certificate, verifies the analyzer's against the CA
     * and its name against the host the probe dials (the certificate's subject alternative names).
     */
    public SslContext clientContext() throws IOException {
        try {
            return SslContextBuilder.forClient()
                    .sslProvider(SslProvider.JDK)
                    .protocols(PROTOCOL)
                    .keyManager(certificate.toFile(), privateKey.toFile())
                    .trustManager(trustedCa.toFile())
                    .endpointIdentificationAlgorithm("HTTPS")
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IOException("cannot set up TLS from " + certificate + ", " + privateKey + ", " + trustedCa
                    + ": " + e.getMessage(), e);
        }
    }
}
