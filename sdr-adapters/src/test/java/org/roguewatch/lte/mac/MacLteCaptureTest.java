package org.roguewatch.lte.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.LteRrcDecoder;
import org.roguewatch.testing.Hex;

/**
 * The real LTESniffer capture (DLT 147) read frame by frame and compared with tshark 4.0's reading
 * of the same file ({@code src/test/tshark/maclte/make-fixtures.sh}): the context of every frame,
 * the sub-header LCIDs of every DL-SCH PDU, and every RRC PDU, byte for byte, on the same channel.
 */
class MacLteCaptureTest {
    @Test
    void everyContextIsReadAsTsharkReadsIt() throws IOException {
        List<MacLteCapture.Frame> frames = MacLteCapture.frames();
        List<MacLteTshark.Frame> expected = MacLteTshark.frames();
        assertEquals(expected.size(), frames.size());
        for (int i = 0; i < frames.size(); i++) {
            MacLteTshark.Frame tshark = expected.get(i);
            MacLteContext context = MacLteFraming.framed(ByteBuffer.wrap(frames.get(i).bytes())).valueOrNull()
                    .context();
            String where = "frame " + tshark.number();
            assertEquals(tshark.rntiType(), context.rntiType().code(), where);
            assertEquals(tshark.rnti(), context.rnti(), where);
            assertEquals(tshark.crcStatus(), context.crcStatus(), where);
            assertEquals(false, context.uplink(), where);
        }
    }

    @Test
    void everySubHeaderIsReadAsTsharkReadsIt() throws IOException {
        List<MacLteCapture.Frame> frames = MacLteCapture.frames();
        List<MacLteTshark.Frame> expected = MacLteTshark.frames();
        int shared = 0;
        for (int i = 0; i < frames.size(); i++) {
            MacLteFrame frame = MacLteFraming.framed(ByteBuffer.wrap(frames.get(i).bytes())).valueOrNull();
            if (frame.context().rntiType() != RntiType.C_RNTI) {
                continue;
            }
            List<Integer> lcids = SchDemultiplexer.demultiplex(frame.pdu(), false).valueOrNull().stream()
                    .map(MacSubPdu::lcid).toList();
            assertEquals(expected.get(i).lcids(), lcids, "frame " + expected.get(i).number());
            shared++;
        }
        assertEquals(642, shared, "tshark: 642 frames on a C-RNTI");
    }

    @Test
    void everyRrcPduIsTheOneTsharkDecodesExceptTheRlcRetransmission() throws IOException {
        RecordingSink sink = new RecordingSink();
        MacLteExtractor extractor = new MacLteExtractor(sink);
        List<MacLteCapture.Frame> frames = MacLteCapture.frames();
        List<MacLteTshark.Frame> expected = MacLteTshark.frames();
        int rrc = 0;
        for (int i = 0; i < frames.size(); i++) {
            MacLteTshark.Frame tshark = expected.get(i);
            String where = "frame " + tshark.number();
            sink.clear();
            List<LteRrcPdu> pdus = extractor.accept(frames.get(i).ref(), ByteBuffer.wrap(frames.get(i).bytes()));
            assertEquals(List.of(), sink.reasons(RecordingSink.Kind.MALFORMED), where);
            if (tshark.rrc() != null && !tshark.rlcRepeated()) {
                assertEquals(1, pdus.size(), where);
                LteRrcPdu pdu = pdus.get(0);
                assertEquals(MacLteTshark.channel(tshark.rrc().element()), pdu.channel(), where);
                assertEquals(tshark.rrc().hex(), hex(pdu.payload()), where);
                assertEquals(tshark.rnti(), pdu.rnti(), where);
                Decoded<LteMessage> message = LteRrcDecoder.decode(pdu.channel(), pdu.payload());
                assertEquals(tshark.rrc().rrcName(), message.valueOrNull().name(), where);
                rrc++;
            } else {
                assertEquals(List.of(), pdus, where);
                assertEquals(expectedSkips(tshark), sink.reasons(RecordingSink.Kind.SKIPPED), where);
            }
        }
        assertEquals(1800, rrc, "tshark decodes 1,801 RRC PDUs, one of them an RLC retransmission");
        sink.clear();
        assertEquals(List.of(), extractor.flush(frames.get(frames.size() - 1).ref()));
        assertEquals(List.of(), sink.events, "nothing held at the end");
    }

    /** What tshark's decode says we should report for a frame that yields no RRC PDU. */
    private static List<String> expectedSkips(MacLteTshark.Frame tshark) {
        List<String> skips = new ArrayList<>();
        if (tshark.rntiType() == RntiType.RA_RNTI.code()) {
            skips.add("mac-lte.rar");
        }
        for (int lcid : tshark.lcids()) {
            if (lcid >= 3 && lcid <= 10) {
                skips.add("mac-lte.drb");
            }
        }
        for (int type : tshark.rlcFrameTypes()) {
            skips.add(type == 0 ? "rlc-am.status" : "rlc-am.duplicate");
        }
        assertTrue(!skips.contains("rlc-am.duplicate") || tshark.rlcRepeated(), "frame " + tshark.number());
        return skips;
    }

    private static String hex(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return Hex.of(bytes);
    }
}
