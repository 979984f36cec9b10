package org.roguewatch.probe;

import java.io.IOException;
import org.roguewatch.capture.BadPacket;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.NotUdp;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.UdpDatagram;
import org.roguewatch.capture.Unwrapped;

/**
 * Feeds a capture file's GSMTAP datagrams into an ingest: packets are unwrapped to UDP, those to
 * or from the GSMTAP port are decoded, everything else is counted as not GSMTAP.
 */
public final class CaptureReplay {
    private static final int PROGRESS_EVERY = 1 << 16;

    private CaptureReplay() {
    }

    /** @return the number of packets read */
    public static long replay(PacketReader reader, String source, GsmtapIngest ingest, int gsmtapPort,
                              ReplayProgress progress) throws IOException {
        FrameCounters counters = ingest.counters();
        long packets = 0;
        CapturedPacket packet;
        while ((packet = reader.next()) != null) {
            packets++;
            counters.packet();
            Unwrapped unwrapped = Decapsulator.unwrap(packet);
            if (unwrapped instanceof UdpDatagram udp) {
                if (udp.destinationPort() == gsmtapPort || udp.sourcePort() == gsmtapPort) {
                    ingest.datagram(udp.ref(), udp.payload());
                } else {
                    counters.notGsmtap("udp port " + udp.sourcePort() + "->" + udp.destinationPort());
                }
            } else if (unwrapped instanceof NotUdp other) {
                counters.notGsmtap(other.what());
            } else if (unwrapped instanceof BadPacket bad) {
                counters.malformed(bad.reason(), bad.ref(), bad.detail());
            }
            if ((packets & (PROGRESS_EVERY - 1)) == 0) {
                progress.update(source, packets, false);
            }
        }
        progress.update(source, packets, true);
        return packets;
    }
}
