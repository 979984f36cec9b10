package org.roguewatch.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A recording step of the end-to-end test: hears GSMTAP inside the namespace and hands back a capture
 * for our decoders ({@link GsmtapRecorder}: the virtual Um air through libpcap). The probe itself is
 * {@code roguewatch probe} shipping to {@code roguewatch serve} ({@link ProbeAndServe}).
 */
interface GsmtapCollector {

    /**
     * Starts listening inside {@code namespace} before the cell comes up, so no broadcast is missed;
     * the processes it starts are tracked by {@code processes}.
     */
    Listening start(NetworkNamespace namespace, TrackedProcesses processes, Path workDir) throws IOException;

    /** A collection under way. */
    interface Listening {
        /**
         * Waits for the first frame (up to {@code firstFrameTimeout}), goes on listening for {@code window}
         * and returns the capture file.
         *
         * @throws IOException when nothing arrived in time or the recording failed, naming why
         */
        Path finish(Duration firstFrameTimeout, Duration window) throws IOException, InterruptedException;
    }
}
