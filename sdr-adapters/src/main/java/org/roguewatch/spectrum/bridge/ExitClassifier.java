package org.roguewatch.spectrum.bridge;

import java.util.List;
import java.util.Locale;

/**
 * Reads why a tool stopped from the last lines it wrote on stderr. The phrases are the tools' own:
 * rtl-sdr's {@code verbose_device_search} prints "No supported devices found." (no dongle) or
 * "No matching devices found." (the {@code -d} index or serial is absent) and rtl_power prints
 * "Failed to open rtlsdr device #N." when a dongle is present but busy or not permitted;
 * hackrf_sweep prints {@code hackrf_open() failed: <hackrf_error_name> (<code>)}, where
 * HACKRF_ERROR_NOT_FOUND is -5 and reads "HackRF not found" in libhackrf 2022.09
 * ("HACKRF_ERROR_NOT_FOUND" in older releases).
 */
final class ExitClassifier {
    private static final int DETAIL_CHARS = 160;

    /** The state and the line that decided it. */
    record Verdict(BridgeState state, String detail) {
    }

    private ExitClassifier() {
    }

    static Verdict classify(List<String> stderrTail) {
        for (int i = stderrTail.size() - 1; i >= 0; i--) {
            String line = stderrTail.get(i).strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("no supported devices found") || lower.contains("no matching devices found")) {
                return new Verdict(BridgeState.NO_DEVICE, clip(line));
            }
            if (lower.contains("hackrf_open() failed")) {
                boolean notFound = lower.contains("not found") || lower.contains("not_found") || lower.endsWith("(-5)");
                return new Verdict(notFound ? BridgeState.NO_DEVICE : BridgeState.DEVICE_UNAVAILABLE, clip(line));
            }
            if (lower.contains("failed to open rtlsdr device") || lower.contains("usb_claim_interface error")
                    || lower.contains("usb_open error") || lower.contains("hackrf_init() failed")) {
                return new Verdict(BridgeState.DEVICE_UNAVAILABLE, clip(line));
            }
        }
        for (int i = stderrTail.size() - 1; i >= 0; i--) {
            String line = stderrTail.get(i).strip();
            if (!line.isEmpty()) {
                return new Verdict(BridgeState.EXITED, clip(line));
            }
        }
        return new Verdict(BridgeState.EXITED, "");
    }

    static String clip(String line) {
        return line.length() <= DETAIL_CHARS ? line : line.substring(0, DETAIL_CHARS - 3) + "...";
    }
}
