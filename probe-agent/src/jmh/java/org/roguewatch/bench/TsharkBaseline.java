package org.roguewatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: tshark extracting the fields we decode from the same file with {@code -T fields},
 * output discarded.
 */
final class TsharkBaseline {
    /** GSM: identity, ARFCN lists, T3212, CRO, cipher algorithm, paged identities. */
    static final String[] GSM_FIELDS = {
        "frame.number", "gsmtap.arfcn", "gsmtap.chan_type", "gsm_a.dtap.msg_rr_type", "gsm_a.dtap.msg_mm_type",
        "gsm_a.bssmap.cell_ci", "e212.lai.mcc", "e212.lai.mnc", "gsm_a.lac", "gsm_a.rr.arfcn_list",
        "gsm_a.rr.t3212", "gsm_a.rr.cell_reselect_offset", "gsm_a.rr.algorithm_identifier", "3gpp.tmsi",
        "e212.imsi",
    };

    /** LTE: SIB1 identity, reselection priorities and timers, paging identity types, security, redirection, NAS. */
    static final String[] LTE_FIELDS = {
        "frame.number", "gsmtap.type", "gsmtap.arfcn", "lte-rrc.c1", "lte-rrc.mcc", "lte-rrc.mnc",
        "lte-rrc.trackingAreaCode", "lte-rrc.cellIdentity", "lte-rrc.cellBarred", "lte-rrc.sib_MappingInfo",
        "lte-rrc.cellReselectionPriority", "lte-rrc.t300", "lte-rrc.ue_Identity", "lte-rrc.cipheringAlgorithm",
        "lte-rrc.integrityProtAlgorithm", "lte-rrc.redirectedCarrierInfo", "nas_eps.nas_msg_emm_type",
        "nas_eps.emm.cause", "nas_eps.emm.id_type2", "nas_eps.emm.toc", "nas_eps.emm.toi",
    };

    private TsharkBaseline() {
    }

    /** @return wall-clock seconds of one tshark run, or NaN when tshark is not installed */
    static double run(Path file, String[] fields) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", file.toString(), "-T", "fields"));
        for (String field : fields) {
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
