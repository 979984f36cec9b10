package org.roguewatch.capture;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pcap4j.core.Pcaps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Pcap4J find libpcap on Linux. Pcap4J asks JNA for {@code libpcap.so}, which Debian only
 * installs with the development package; the runtime package {@code libpcap0.8} ships
 * {@code libpcap.so.0.8} (and some distributions {@code libpcap.so.1}). Unless the user has set
 * {@value #PROPERTY} already, this points it at the first libpcap found in the usual library
 * directories before Pcap4J's native mappings load.
 */
public final class LibpcapLocator {
    /** The system property Pcap4J reads once, when its native mappings load. */
    public static final String PROPERTY = "org.pcap4j.core.pcapLibName";
    static final String MISSING = "libpcap not found: install the Debian package libpcap0.8";

    private static final Logger LOG = LoggerFactory.getLogger(LibpcapLocator.class);
    private static final List<String> PREFERRED_NAMES = List.of("libpcap.so", "libpcap.so.1", "libpcap.so.0.8");
    private static final List<Path> LIBRARY_DIRECTORIES = List.of(
            Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/lib/x86_64-linux-gnu"),
            Path.of("/usr/lib/aarch64-linux-gnu"), Path.of("/lib/aarch64-linux-gnu"),
            Path.of("/usr/lib/arm-linux-gnueabihf"), Path.of("/usr/lib/i386-linux-gnu"),
            Path.of("/usr/lib/riscv64-linux-gnu"), Path.of("/usr/lib64"), Path.of("/lib64"),
            Path.of("/usr/lib"), Path.of("/lib"), Path.of("/usr/local/lib"));

    private static String version;

    private LibpcapLocator() {
    }

    /**
     * Points Pcap4J at libpcap if needed and loads it.
     *
     * @return libpcap's version string
     * @throws IOException with a one-line message saying what to install when libpcap is missing
     */
    public static synchronized String ensureLoaded() throws IOException {
        if (version != null) {
            return version;
        }
        if (System.getProperty(PROPERTY) == null && isLinux()) {
            Path library = find(LIBRARY_DIRECTORIES)
                    .orElseThrow(() -> new IOException(MISSING + " (no libpcap.so* in " + LIBRARY_DIRECTORIES.get(0) + " or the other library directories)"));
            System.setProperty(PROPERTY, library.toString());
            LOG.debug("using {} for Pcap4J", library);
        }
        try {
            version = Pcaps.libVersion();
        } catch (LinkageError e) {
            // UnsatisfiedLinkError the first time, NoClassDefFoundError on later tries.
            String firstLine = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            throw new IOException(MISSING + " (" + System.getProperty(PROPERTY, "pcap") + " did not load: "
                    + e.getClass().getSimpleName() + ": " + firstLine + ")", e);
        }
        return version;
    }

    /** The first libpcap in {@code directories}: a preferred name first, else any {@code libpcap.so.*}. */
    static Optional<Path> find(List<Path> directories) {
        for (Path directory : directories) {
            for (String name : PREFERRED_NAMES) {
                Path candidate = directory.resolve(name);
                if (Files.isReadable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        for (Path directory : directories) {
            List<Path> versioned = new ArrayList<>();
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (DirectoryStream<Path> matches = Files.newDirectoryStream(directory, "libpcap.so.*")) {
                matches.forEach(versioned::add);
            } catch (IOException e) {
                LOG.debug("cannot list {}: {}", directory, e.toString());
            }
            versioned.sort(null);
            if (!versioned.isEmpty()) {
                return Optional.of(versioned.get(0));
            }
        }
        return Optional.empty();
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }
}
