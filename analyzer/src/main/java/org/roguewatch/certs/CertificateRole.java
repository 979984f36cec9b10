package org.roguewatch.certs;

import org.bouncycastle.asn1.x509.KeyPurposeId;

/** What a leaf certificate is for: the analyzer's server end or a probe's client end of the uplink. */
public enum CertificateRole {
    SERVER(KeyPurposeId.id_kp_serverAuth),
    CLIENT(KeyPurposeId.id_kp_clientAuth);

    private final KeyPurposeId purpose;

    CertificateRole(KeyPurposeId purpose) {
        this.purpose = purpose;
    }

    KeyPurposeId purpose() {
        return purpose;
    }
}
