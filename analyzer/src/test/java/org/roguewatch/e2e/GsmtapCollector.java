package org.roguewatch.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The probe step of the end-to-end test: hears the cell's GSMTAP inside the namespace and hands back
 * a capture for the analyzer. Today {@link GsmtapRecorder} (the Netty UDP listener or libpcap, recording to
 * pcap); later {@code roguewatch probe} with a live UDP source shipping to {@code roguewatch serve}.
 */
interface GsmtapCollector {

    /**
     * Starts listening inside {@code namespace} before the cell comes up, so no broadcast is missed;
     * the processes it starts are tracked by {@code processes}. It must bind first: osmo-bts also tries
     * to bind 127.0.0.1:4729 (a "sink" that keeps the kernel from answering its GSMTAP with ICMP port
     * unreachable), logs "Address already in use" when the probe holds it, and carries on.
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
