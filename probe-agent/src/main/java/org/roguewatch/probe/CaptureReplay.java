package org.roguewatch.probe;

import java.io.IOException;
import org.roguewatch.capture.BadPacket;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.LinkTypes;
import org.roguewatch.capture.NotUdp;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.UdpDatagram;
import org.roguewatch.capture.Unwrapped;
import org.roguewatch.lte.mac.MacLteFraming;

/**
 * Feeds a capture file's GSMTAP datagrams into an ingest: packets are unwrapped to UDP, those to
 * or from the GSMTAP port are decoded, everything else is counted as not GSMTAP. MAC-LTE framing
 * is taken too: whole packets of link type 147 (USER0, as srsRAN and LTESniffer write pcap files)
 * and UDP payloads on any port that start with {@code mac-lte} (srsRAN's live network output).
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
            if (packet.linkType() == LinkTypes.USER0) {
                ingest.macLte(packet.ref(), packet.data());
            } else {
                unwrapped(Decapsulator.unwrap(packet), ingest, gsmtapPort);
            }
            if ((packets & (PROGRESS_EVERY - 1)) == 0) {
                progress.update(source, packets, false);
            }
        }
        // RLC state does not carry over from one capture file to the next.
        ingest.endOfCapture();
        progress.update(source, packets, true);
        return packets;
    }

    private static void unwrapped(Unwrapped unwrapped, GsmtapIngest ingest, int gsmtapPort) {
        FrameCounters counters = ingest.counters();
        if (unwrapped instanceof UdpDatagram udp) {
            if (MacLteFraming.hasUdpSignature(udp.payload())) {
                ingest.macLteUdp(udp.ref(), udp.payload());
            } else if (udp.destinationPort() == gsmtapPort || udp.sourcePort() == gsmtapPort) {
                ingest.datagram(udp.ref(), udp.payload());
            } else {
                counters.notGsmtap("udp port " + udp.sourcePort() + "->" + udp.destinationPort());
            }
        } else if (unwrapped instanceof NotUdp other) {
            counters.notGsmtap(other.what());
        } else if (unwrapped instanceof BadPacket bad) {
            counters.malformed(bad.reason(), bad.ref(), bad.detail());
        }
    }
}
