package org.roguewatch.sim;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.CapturedPacket;
import org.roguewatch.capture.Decapsulator;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.capture.UdpDatagram;
import org.roguewatch.decode.Decoded;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsm.UmDecoder;
import org.roguewatch.gsm.UmOutcome;
import org.roguewatch.gsmtap.GsmtapDecoder;
import org.roguewatch.gsmtap.GsmtapFrame;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.gsmtap.GsmtapType;

/**
 * One frame of a simulated pcap as our own decoders read it back: the GSMTAP header and what the
 * Um decoder made of the block (per pcap, one {@link UmDecoder}, as a probe would run it); null for
 * LTE frames, which {@link HeardLteFrame} reads.
 */
record HeardFrame(long number, Instant time, int sourcePort, int destinationPort, GsmtapHeader header,
                  UmOutcome outcome) {

    /** Every packet of {@code pcap}; fails the test on anything our decoders cannot read. */
    static List<HeardFrame> read(Path pcap) throws IOException {
        List<HeardFrame> out = new ArrayList<>();
        UmDecoder umDecoder = new UmDecoder();
        List<String> problems = new ArrayList<>();
        try (PacketReader reader = CaptureFiles.open(pcap, (reason, where, detail) -> problems.add(reason + " " + detail))) {
            for (CapturedPacket packet = reader.next(); packet != null; packet = reader.next()) {
                if (!(Decapsulator.unwrap(packet) instanceof UdpDatagram udp)) {
                    throw new AssertionError("packet " + packet.ref() + " is not UDP");
                }
                ByteBuffer payload = udp.payload();
                Decoded<GsmtapFrame> frame = GsmtapDecoder.decode(udp.ref(), payload);
                if (!(frame instanceof Decoded.Ok<GsmtapFrame> ok)) {
                    throw new AssertionError("packet " + packet.ref() + ": " + frame);
                }
                boolean um = ok.value().header().type() == GsmtapType.UM;
                out.add(new HeardFrame(packet.ref().frame(), packet.ref().time(), udp.sourcePort(), udp.destinationPort(),
                        ok.value().header(), um ? umDecoder.decode(ok.value()) : null));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("capture problems: " + problems);
        }
        return out;
    }

    GsmMessage message() {
        return outcome instanceof UmOutcome.Message m ? m.message() : null;
    }
}
