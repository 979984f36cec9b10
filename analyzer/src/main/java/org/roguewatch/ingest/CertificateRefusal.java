package org.roguewatch.ingest;

/**
 * A client certificate the server refused.
 *
 * @param peer    the connecting address
 * @param subject the certificate's subject DN
 * @param issuer  its issuer DN
 * @param reason  why validation failed (expired, revoked, unknown CA...)
 */
public record CertificateRefusal(String peer, String subject, String issuer, String reason) {
}
