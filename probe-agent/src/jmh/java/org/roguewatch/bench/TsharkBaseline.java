package org.roguewatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: tshark extracting the same fields (identity, ARFCN lists, T3212, CRO, cipher
 * algorithm, paged identities) from the same file with {@code -T fields}, output discarded.
 */
final class TsharkBaseline {
    static final String[] FIELDS = {
        "frame.number", "gsmtap.arfcn", "gsmtap.chan_type", "gsm_a.dtap.msg_rr_type", "gsm_a.dtap.msg_mm_type",
        "gsm_a.bssmap.cell_ci", "e212.lai.mcc", "e212.lai.mnc", "gsm_a.lac", "gsm_a.rr.arfcn_list",
        "gsm_a.rr.t3212", "gsm_a.rr.cell_reselect_offset", "gsm_a.rr.algorithm_identifier", "3gpp.tmsi",
        "e212.imsi",
    };

    private TsharkBaseline() {
    }

    /** @return wall-clock seconds of one tshark run, or NaN when tshark is not installed */
    static double run(Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", file.toString(), "-T", "fields"));
        for (String field : FIELDS) {
            command.add("-e");
            command.add(field);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return Double.NaN;
        }
        int status = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            throw new IOException("tshark exited with status " + status);
        }
        return seconds;
    }
}
