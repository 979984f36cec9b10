package org.roguewatch.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.roguewatch.capture.PcapWriter;
import org.roguewatch.gsmtap.GsmtapHeader;

/**
 * {@code config/samples/imsi-catcher-sample.pcap}, the README's first example, is exactly what our
 * corpus writer produces, so the sample can never drift from the frames the tshark fixture checks.
 */
class SampleCaptureTest {
    private static final Path SAMPLE = Path.of("..", "config", "samples", "imsi-catcher-sample.pcap");

    @Test
    void committedSampleIsTheCorpusWrittenByOurCode() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (PcapWriter writer = new PcapWriter(written, PcapWriter.Resolution.MICROSECONDS)) {
            for (DedicatedCorpus.Frame frame : DedicatedCorpus.frames()) {
                writer.writeUdp(frame.time(), frame.datagram(), 34567, GsmtapHeader.DEFAULT_UDP_PORT);
            }
        }
        assertArrayEquals(written.toByteArray(), Files.readAllBytes(SAMPLE),
                "regenerate with sdr-adapters/src/test/tshark/gsm/make-fixtures.sh");
    }

    @Test
    void sampleDecodesWithoutMalformedFrames() throws IOException {
        GsmtapIngest ingest = SharedCaptureIngest.of(SAMPLE);
        assertEquals(0, ingest.counters().malformedTotal());
        assertEquals(1, ingest.observations().size());
    }
}
