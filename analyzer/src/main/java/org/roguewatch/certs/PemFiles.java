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

    private static Writer writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
    }
}
