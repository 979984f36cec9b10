package org.roguewatch.ingest;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.roguewatch.uplink.TlsIdentity;

/**
 * The ingest server's TLS: TLS 1.3 only, the analyzer certificate, and a client certificate
 * required and checked by {@link ClientCertificateTrust}.
 *
 * @param certificate analyzer certificate chain (PEM)
 * @param privateKey  analyzer PKCS#8 key (PEM)
 * @param operatorCa  the CA probe certificates must chain to (PEM)
 * @param crl         revocation list (PEM) or null for none
 */
public record ServerTls(Path certificate, Path privateKey, Path operatorCa, Path crl) {

    /** The server context; refusals of client certificates are recorded in {@code refusals}. */
    public SslContext context(CertificateRefusals refusals) throws IOException {
        try {
            ClientCertificateTrust trust = new ClientCertificateTrust(operatorCa, crl);
            refusals.attach(trust);
            return SslContextBuilder.forServer(certificate.toFile(), privateKey.toFile())
                    .sslProvider(SslProvider.JDK)
                    .protocols(TlsIdentity.PROTOCOL)
                    .clientAuth(ClientAuth.REQUIRE)
                    .trustManager(trust)
                    .build();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("cannot set up the ingest server's TLS from " + certificate + ", " + privateKey
                    + ", " + operatorCa + (crl == null ? "" : ", " + crl) + ": " + e.getMessage(), e);
        }
    }
}
