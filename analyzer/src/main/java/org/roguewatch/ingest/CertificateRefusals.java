package org.roguewatch.ingest;

import java.util.List;

/** A view of the client certificates the server refused, for operators and tests. */
public final class CertificateRefusals {
    private volatile ClientCertificateTrust trust;

    void attach(ClientCertificateTrust trust) {
        this.trust = trust;
    }

    public long count() {
        ClientCertificateTrust current = trust;
        return current == null ? 0 : current.refused();
    }

    /** The latest refusals, oldest first. */
    public List<CertificateRefusal> recent() {
        ClientCertificateTrust current = trust;
        return current == null ? List.of() : current.recentRefusals();
    }
}
