package org.roguewatch.certs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/** Writes certificates, PKCS#8 keys (the form Netty and OpenSSL read) and CRLs as PEM. */
public final class PemFiles {
    private PemFiles() {
    }

    public static void writeCertificate(Path file, X509Certificate... chain) throws IOException {
        try (JcaPEMWriter pem = new JcaPEMWriter(writer(file))) {
            for (X509Certificate certificate : chain) {
                pem.writeObject(certificate);
            }
        }
    }

    /** The key, readable by its owner only where the file system has POSIX permissions. */
    public static void writeKey(Path file, PrivateKey key) throws IOException {
        try (JcaPEMWriter pem = new JcaPEMWriter(writer(file))) {
            pem.writeObject(new JcaPKCS8Generator(key, null));
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the key stays with the directory's default permissions.
        }
    }

    public static void writeCrl(Path file, X509CRL crl) throws IOException {
        try (JcaPEMWriter pem = new JcaPEMWriter(writer(file))) {
            pem.writeObject(crl);
        }
    }

    /** The first certificate in a PEM file. */
    public static X509Certificate readCertificate(Path file) throws IOException {
        try (PEMParser parser = new PEMParser(Files.newBufferedReader(file, StandardCharsets.US_ASCII))) {
            Object object = parser.readObject();
            if (!(object instanceof X509CertificateHolder holder)) {
                throw new IOException(file + ": no certificate found");
            }
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (java.security.cert.CertificateException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** A PKCS#8 private key from a PEM file, as {@link #writeKey} writes it. */
    public static PrivateKey readKey(Path file) throws IOException {
        try (PEMParser parser = new PEMParser(Files.newBufferedReader(file, StandardCharsets.US_ASCII))) {
            Object object = parser.readObject();
            if (!(object instanceof PrivateKeyInfo info)) {
                throw new IOException(file + ": no unencrypted PKCS#8 private key found");
            }
            return new JcaPEMKeyConverter().getPrivateKey(info);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
    }
}
