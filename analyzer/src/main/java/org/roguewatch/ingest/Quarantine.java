package org.roguewatch.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import org.roguewatch.uplink.Batch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches the analyzer acknowledged but could not read — a payload that does not decode although
 * its frame is intact (a probe running other software), or a type without a reader here — kept
 * as files ({@code PROBEHEX-SEQUENCE-TYPE.batch}) so that nothing a probe sent is lost, and a
 * later analyzer can read them. Acknowledging them keeps one bad batch from blocking the probe's
 * uplink forever.
 */
final class Quarantine {
    private static final Logger LOG = LoggerFactory.getLogger(Quarantine.class);

    private final Path directory;

    Quarantine(Path directory) {
        this.directory = directory;
    }

    /** Keeps the batch; returns where, or null when it could not be written (logged). */
    Path keep(String probeId, Batch batch, String reason) {
        String name = HexFormat.of().formatHex(probeId.getBytes(StandardCharsets.UTF_8)) + "-"
                + String.format("%020d", batch.sequence()) + "-" + batch.type().name().toLowerCase(Locale.ROOT)
                + ".batch";
        try {
            Files.createDirectories(directory);
            Path file = Files.write(directory.resolve(name), batch.payload());
            LOG.warn("probe {}: batch {} ({}) not read: {}; kept in {}", probeId, batch.sequence(), batch.type(),
                    reason, file);
            return file;
        } catch (IOException e) {
            LOG.error("probe {}: batch {} not read ({}) and could not be kept in {}: {}", probeId, batch.sequence(),
                    reason, directory, e.getMessage());
            return null;
        }
    }
}
