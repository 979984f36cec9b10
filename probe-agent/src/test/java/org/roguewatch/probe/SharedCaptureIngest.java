package org.roguewatch.probe;

import java.io.IOException;
import java.nio.file.Path;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.gsmtap.GsmtapHeader;

/** Runs a capture file through a fresh ingest, as {@code roguewatch analyze} does. */
public final class SharedCaptureIngest {
    private SharedCaptureIngest() {
    }

    public static GsmtapIngest of(Path capture) throws IOException {
        GsmtapIngest ingest = new GsmtapIngest("probe-1", new FrameCounters());
        try (PacketReader reader = CaptureFiles.open(capture, ingest.counters())) {
            CaptureReplay.replay(reader, capture.toString(), ingest, GsmtapHeader.DEFAULT_UDP_PORT, ReplayProgress.NONE);
        }
        return ingest;
    }
}
