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
import org.roguewatch.gsmtap.GsmtapDecoder;
import org.roguewatch.gsmtap.GsmtapFrame;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.gsmtap.GsmtapType;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.LteRrcDecoder;
import org.roguewatch.lte.nas.NasDecoder;

/**
 * One LTE frame (GSMTAP LTE_RRC or LTE_NAS) of a simulated pcap as our own decoders read it back:
 * the frame number in the pcap, the GSMTAP header, the payload and the decoded message.
 */
record HeardLteFrame(long number, Instant time, GsmtapHeader header, byte[] payload, LteMessage message) {

    boolean nas() {
        return header.type() == GsmtapType.LTE_NAS;
    }

    /** Every LTE frame of {@code pcap}, in order; fails the test on anything our decoders cannot read. */
    static List<HeardLteFrame> read(Path pcap) throws IOException {
        List<HeardLteFrame> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (PacketReader reader = CaptureFiles.open(pcap, (reason, where, detail) -> problems.add(reason + " " + detail))) {
            for (CapturedPacket packet = reader.next(); packet != null; packet = reader.next()) {
                if (!(Decapsulator.unwrap(packet) instanceof UdpDatagram udp)) {
                    throw new AssertionError("packet " + packet.ref() + " is not UDP");
                }
                Decoded<GsmtapFrame> frame = GsmtapDecoder.decode(udp.ref(), udp.payload());
                if (!(frame instanceof Decoded.Ok<GsmtapFrame> ok)) {
                    throw new AssertionError("packet " + packet.ref() + ": " + frame);
                }
                GsmtapHeader header = ok.value().header();
                if (header.type() != GsmtapType.LTE_RRC && header.type() != GsmtapType.LTE_NAS) {
                    continue;
                }
                ByteBuffer payload = ok.value().payload();
                byte[] bytes = new byte[payload.remaining()];
                payload.duplicate().get(bytes);
                Decoded<? extends LteMessage> decoded = header.type() == GsmtapType.LTE_NAS
                        ? NasDecoder.decode(ByteBuffer.wrap(bytes))
                        : LteRrcDecoder.decode(header.subType(), ByteBuffer.wrap(bytes));
                if (decoded == null || decoded.valueOrNull() == null) {
                    throw new AssertionError("packet " + packet.ref() + " (" + header + "): " + decoded);
                }
                out.add(new HeardLteFrame(packet.ref().frame(), packet.ref().time(), header, bytes,
                        decoded.valueOrNull()));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("capture problems: " + problems);
        }
        return out;
    }
}
