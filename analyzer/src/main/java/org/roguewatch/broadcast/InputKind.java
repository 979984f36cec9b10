package org.roguewatch.broadcast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.roguewatch.spectrum.sigmf.SigmfRecording;

/** What an input file holds, told by its name where that is unambiguous and by its first bytes otherwise. */
public enum InputKind {
    /** pcap or pcapng with GSMTAP. */
    CAPTURE,
    /** rtl_power or hackrf_sweep CSV, plain or gzip. */
    SWEEP,
    /** a SigMF recording (either of its two files). */
    SIGMF;

    public static InputKind of(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (SigmfRecording.isSigmf(file)) {
            return SIGMF;
        }
        if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
            return SWEEP;
        }
        if (name.endsWith(".pcap") || name.endsWith(".pcapng") || name.endsWith(".cap")) {
            return CAPTURE;
        }
        byte[] head = new byte[12];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        // a sweep line starts "YYYY-MM-DD,"; gzip is how sweep logs are compressed (pcap readers take plain files)
        boolean gzip = read >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        boolean date = read >= 11 && new String(head, 0, 11, StandardCharsets.ISO_8859_1)
                .matches("\\d{4}-\\d{2}-\\d{2},");
        return gzip || date ? SWEEP : CAPTURE;
    }

    public boolean spectrum() {
        return this != CAPTURE;
    }
}
