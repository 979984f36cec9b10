package org.roguewatch.probe;

import java.io.IOException;
import java.nio.file.Path;
import org.roguewatch.capture.PcapWriter;
import org.roguewatch.gsmtap.GsmtapHeader;

/** Writes {@link DedicatedCorpus} as a pcap for tshark (used by sdr-adapters/src/test/tshark/gsm/make-fixtures.sh). */
public final class DedicatedCorpusWriter {
    private DedicatedCorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        try (PcapWriter writer = PcapWriter.create(Path.of(args[0]), PcapWriter.Resolution.MICROSECONDS)) {
            for (DedicatedCorpus.Frame frame : DedicatedCorpus.frames()) {
                writer.writeUdp(frame.time(), frame.datagram(), 34567, GsmtapHeader.DEFAULT_UDP_PORT);
            }
        }
    }
}
