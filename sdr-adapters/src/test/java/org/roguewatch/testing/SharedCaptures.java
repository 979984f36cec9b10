package org.roguewatch.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the public captures in {@code ../shared/captures/}. CI always has them; a user's clone
 * may not, and then the tests that need them are skipped with a message saying why.
 */
public final class SharedCaptures {
    public static final String GSM_VODAFONE_ARFCN725 = "grgsm_vf_arfcn725_bcch_ccch_gsmtap.pcap";
    public static final String GSM_VODAFONE_ARFCN725_TEXT = "grgsm_decode_test1_expected.txt";
    public static final String LTE_SNIFFER_GSMTAP = "ltesniffer_ltesniffer_dl_mode_gsmtap.pcap";
    public static final String LTE_SNIFFER_MAC = "ltesniffer_ltesniffer_dl_mode.pcap";

    private SharedCaptures() {
    }

    public static Path directory() {
        String configured = System.getProperty("roguewatch.shared");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "shared");
        return shared.resolve("captures").toAbsolutePath().normalize();
    }

    /** The capture's path; skips the calling test when the shared directory is absent. */
    public static Path require(String fileName) {
        Path file = directory().resolve(fileName);
        assumeTrue(Files.isReadable(file),
                () -> "skipped: shared capture " + file + " is absent (it lives in ../shared/captures, "
                        + "present in CI; see README 'Tests')");
        return file;
    }
}
