package org.roguewatch.gsm.lapdm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.testing.Hex;

class LapdmTest {

    private static LapdmFrame decode(byte[] block) {
        Decoded<LapdmFrame> decoded = LapdmDecoder.decode(ByteBuffer.wrap(block));
        assertInstanceOf(Decoded.Ok.class, decoded, () -> "malformed: " + decoded);
        return decoded.valueOrNull();
    }

    private static byte[] message(int length) {
        byte[] l3 = new byte[length];
        for (int i = 0; i < length; i++) {
            l3[i] = (byte) (i * 7 + 1);
        }
        return l3;
    }

    @Test
    void iFrameFieldsFollowTheControlOctet() {
        // SAPI 0, C/R 1; I-frame N(R)=2 N(S)=1; L=3, M=0.
        LapdmFrame frame = decode(Hex.bytes("03 42 0d 05 18 01 2b 2b 2b 2b 2b 2b 2b 2b 2b 2b 2b 2b 2b 2b 2b 2b 2b"));
        assertEquals(LapdmFrame.Kind.I, frame.kind());
        assertEquals(0, frame.sapi());
        assertTrue(frame.command());
        assertEquals(1, frame.sendSeq());
        assertEquals(2, frame.receiveSeq());
        assertFalse(frame.more());
        assertEquals(3, frame.information().remaining());
    }

    @Test
    void unnumberedAndSupervisoryFramesAreRecognised() {
        assertEquals(LapdmFrame.Kind.SABM, decode(LapdmEncoder.sabm(0, new byte[0])).kind());
        assertEquals(LapdmFrame.Kind.UA, decode(LapdmEncoder.ua(0, new byte[0])).kind());
        assertEquals(LapdmFrame.Kind.DISC, decode(LapdmEncoder.disc(0)).kind());
        assertEquals(LapdmFrame.Kind.UI, decode(LapdmEncoder.ui(0, true, new byte[] {6, 0x1d})).kind());
        LapdmFrame rr = decode(LapdmEncoder.rr(3, false, 5));
        assertEquals(LapdmFrame.Kind.RR, rr.kind());
        assertEquals(3, rr.sapi());
        assertEquals(5, rr.receiveSeq());
    }

    @Test
    void segmentedMessageIsReassembledFromIFrames() {
        byte[] l3 = message(57);
        List<byte[]> frames = LapdmEncoder.iFrames(3, true, 0, 0, l3);
        assertEquals(3, frames.size());
        LapdmReassembler link = new LapdmReassembler();
        assertEquals(LapdmReassembler.Step.SEGMENT, link.accept(decode(frames.get(0))));
        assertEquals(LapdmReassembler.Step.SEGMENT, link.accept(decode(frames.get(1))));
        assertEquals(LapdmReassembler.Step.COMPLETE, link.accept(decode(frames.get(2))));
        ByteBuffer rebuilt = link.message();
        byte[] out = new byte[rebuilt.remaining()];
        rebuilt.get(out);
        assertArrayEquals(l3, out);
    }

    @Test
    void retransmittedSegmentIsDroppedNotDuplicated() {
        byte[] l3 = message(30);
        List<byte[]> frames = LapdmEncoder.iFrames(0, true, 4, 0, l3);
        LapdmReassembler link = new LapdmReassembler();
        link.accept(decode(frames.get(0)));
        assertEquals(LapdmReassembler.Step.RETRANSMISSION, link.accept(decode(frames.get(0))));
        assertEquals(LapdmReassembler.Step.COMPLETE, link.accept(decode(frames.get(1))));
        assertEquals(30, link.message().remaining());
    }

    @Test
    void lostSegmentDiscardsThePartialMessage() {
        List<byte[]> first = LapdmEncoder.iFrames(0, true, 0, 0, message(45));
        LapdmReassembler link = new LapdmReassembler();
        link.accept(decode(first.get(0)));
        // Frame N(S)=1 is lost; N(S)=2 carries the last segment: it must not complete a message.
        assertEquals(LapdmReassembler.Step.GAP, link.accept(decode(first.get(2))));
        // The next message, N(S)=3.., comes through whole.
        byte[] next = message(25);
        List<byte[]> second = LapdmEncoder.iFrames(0, true, 3, 0, next);
        assertEquals(LapdmReassembler.Step.SEGMENT, link.accept(decode(second.get(0))));
        assertEquals(LapdmReassembler.Step.COMPLETE, link.accept(decode(second.get(1))));
        assertEquals(25, link.message().remaining());
    }

    @Test
    void lengthBeyondTheBlockIsMalformed() {
        Decoded<LapdmFrame> decoded = LapdmDecoder.decode(Hex.buffer("03 00 f9 01 02"));
        assertEquals("lapdm.length", ((Decoded.Malformed<LapdmFrame>) decoded).reason());
    }

    @Test
    void zeroEaBitsAreMalformed() {
        assertEquals("lapdm.address-ea",
                ((Decoded.Malformed<LapdmFrame>) LapdmDecoder.decode(Hex.buffer("02 00 01"))).reason());
        assertEquals("lapdm.length-el",
                ((Decoded.Malformed<LapdmFrame>) LapdmDecoder.decode(Hex.buffer("03 00 00"))).reason());
    }

    @Test
    void randomBlocksNeverThrow() {
        Random random = new Random(44006);
        LapdmReassembler link = new LapdmReassembler();
        for (int i = 0; i < 10_000; i++) {
            byte[] block = new byte[random.nextInt(30)];
            random.nextBytes(block);
            Decoded<LapdmFrame> decoded = LapdmDecoder.decode(ByteBuffer.wrap(block));
            if (decoded instanceof Decoded.Ok<LapdmFrame> ok) {
                link.accept(ok.value());
            }
        }
    }
}
