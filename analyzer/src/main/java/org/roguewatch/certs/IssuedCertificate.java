package org.roguewatch.certs;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A certificate with the private key of its subject. */
public record IssuedCertificate(X509Certificate certificate, PrivateKey key) {
}
