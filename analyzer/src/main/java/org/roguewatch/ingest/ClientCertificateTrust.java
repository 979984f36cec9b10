package org.roguewatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CRL;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which probe certificates the server accepts: PKIX validation against the operator CA
 * only (another CA's certificate, an expired one, or one the CRL revokes fails), with the CRL file
 * re-read when it changes so a revocation takes effect without a restart. Every refusal is
 * logged once with the certificate's subject, serial and reason.
 */
final class ClientCertificateTrust extends X509ExtendedTrustManager {
    private static final Logger LOG = LoggerFactory.getLogger(ClientCertificateTrust.class);

    private final Path caFile;
    private final Path crlFile;
    private static final int KEPT_REFUSALS = 64;
    private final LongAdder refused = new LongAdder();
    private final java.util.Deque<CertificateRefusal> recent = new java.util.ArrayDeque<>();
    private volatile X509ExtendedTrustManager delegate;
    private volatile FileTime crlModified;

    ClientCertificateTrust(Path caFile, Path crlFile) throws IOException, GeneralSecurityException {
        this.caFile = caFile;
        this.crlFile = crlFile;
        reload();
    }

    long refused() {
        return refused.sum();
    }

    /** The latest refusals, oldest first (at most {@value #KEPT_REFUSALS}). */
    List<CertificateRefusal> recentRefusals() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private void reload() throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        anchors.load(null, null);
        int index = 0;
        try (InputStream in = Files.newInputStream(caFile)) {
            for (java.security.cert.Certificate ca : factory.generateCertificates(in)) {
                anchors.setCertificateEntry("ca-" + index++, ca);
            }
        }
        if (index == 0) {
            throw new GeneralSecurityException(caFile + ": no CA certificate in the file");
        }
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, new X509CertSelector());
        if (crlFile != null) {
            Collection<? extends CRL> crls;
            try (InputStream in = Files.newInputStream(crlFile)) {
                crls = factory.generateCRLs(in);
            }
            if (crls.isEmpty()) {
                throw new GeneralSecurityException(crlFile + ": no CRL in the file");
            }
            List<Object> store = new ArrayList<>(crls);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
            parameters.setRevocationEnabled(true);
            crlModified = Files.getLastModifiedTime(crlFile);
        } else {
            parameters.setRevocationEnabled(false);
        }
        TrustManagerFactory factoryOfManagers = TrustManagerFactory.getInstance("PKIX");
        factoryOfManagers.init(new CertPathTrustManagerParameters(parameters));
        for (TrustManager manager : factoryOfManagers.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                delegate = extended;
                return;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager available");
    }

    private X509ExtendedTrustManager current() {
        if (crlFile != null) {
            try {
                if (!Files.getLastModifiedTime(crlFile).equals(crlModified)) {
                    reload();
                    LOG.info("revocation list {} changed; reloaded", crlFile);
                }
            } catch (IOException | GeneralSecurityException e) {
                // Keep the last good list: a half-written CRL must not open or close the door to everyone.
                LOG.error("cannot reload revocation list {}: {}; keeping the previous one", crlFile, e.getMessage());
            }
        }
        return delegate;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            current().checkClientTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            refuse(chain, engine == null ? "?" : engine.getPeerHost() + ":" + engine.getPeerPort(), e);
            throw e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        try {
            current().checkClientTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            refuse(chain, String.valueOf(socket.getRemoteSocketAddress()), e);
            throw e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            current().checkClientTrusted(chain, authType);
        } catch (CertificateException e) {
            refuse(chain, "?", e);
            throw e;
        }
    }

    private void refuse(X509Certificate[] chain, String peer, CertificateException e) {
        refused.increment();
        X509Certificate leaf = chain == null || chain.length == 0 ? null : chain[0];
        CertificateRefusal refusal = new CertificateRefusal(peer, leaf == null ? "(none)" : leaf.getSubjectX500Principal().getName(),
                leaf == null ? "(none)" : leaf.getIssuerX500Principal().getName(), reason(e));
        synchronized (recent) {
            if (recent.size() == KEPT_REFUSALS) {
                recent.removeFirst();
            }
            recent.addLast(refusal);
        }
        LOG.warn("refused client certificate from {}: subject '{}', issuer '{}', serial {}: {}", peer,
                refusal.subject(), refusal.issuer(), leaf == null ? "-" : leaf.getSerialNumber().toString(16),
                refusal.reason());
    }

    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertPathValidatorException validation && validation.getReason() != null) {
                return validation.getReason() + " (" + validation.getMessage() + ")";
            }
        }
        return e.getMessage();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("the ingest server trusts clients only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("the ingest server trusts clients only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the ingest server trusts clients only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
