package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.DecodeException;
import org.roguewatch.decode.Decoded;

/** SI13 behaviour tshark cannot confirm, the encoder, and how bad input is reported. */
class Si13RestOctetsDecoderTest {
    private static final Map<String, byte[]> FRAMES = RrTestFrames.frames("si13-frames.txt");

    private static Si13RestOctets decode(String name) {
        return Si13RestOctetsDecoder.decode(RrTestFrames.restOctets(FRAMES.get(name)));
    }

    @Test
    void rel13FieldsSentAfterSiChangeAltAreRead() {
        Si13RestOctets d = decode("si13-enc-rel13");
        assertEquals(3, d.peoDsc());
        assertEquals(5, d.rcc());
        assertEquals(1, d.c1DeltaMin());
        assertEquals(6, d.c1DeltaMax());
    }

    @Test
    void sparePaddingAfterSi2nSupportIsTruncationNotRel13Fields() {
        Si13RestOctets d = decode("si13-hand-short-extension-rel6");
        assertEquals(1, d.si2nSupport());
        assertEquals(Boolean.FALSE, d.siChangeAlt(), "L is assumed for what the sender left out");
        assertNull(d.peoDsc());
        assertNull(d.rcc());
        assertNull(d.c1DeltaMin());
    }

    @Test
    void shortCellOptionsExtensionKeepsOnlyTheGroupsItHolds() {
        GprsCellOptionsExtension x = decode("si13-hand-short-extension-rel6").gprsCellOptions().extension();
        assertEquals(4, x.lengthBits());
        assertEquals(Boolean.TRUE, x.pfcFeatureMode());
        assertEquals(Boolean.TRUE, x.bssPagingCoordination());
        assertNull(x.ccnActive(), "the Rel-4 group is beyond the stated length");
        assertNull(x.multipleTbfCapability());
    }

    @Test
    void fullCellOptionsExtensionIsReadToRel10() {
        GprsCellOptionsExtension x = decode("si13-enc-egprs-rel6").gprsCellOptions().extension();
        assertEquals(20, x.lengthBits());
        assertEquals(Boolean.TRUE, x.egprsPacketChannelRequest());
        assertEquals(5, x.bepPeriod());
        assertEquals(Boolean.TRUE, x.mbmsSupported());
        assertEquals(Boolean.FALSE, x.dedicatedModeMbmsNotificationSupport());
        assertEquals(Boolean.TRUE, x.mnciSupport());
        assertEquals(Boolean.TRUE, x.reducedLatencyAccess());
        assertEquals(Boolean.FALSE, x.nmoIAlternate());
    }

    @Test
    void gprsMobileAllocationIsSkippedInBothCodings() {
        assertEquals(33, decode("si13-hand-ma-arfcn-index").rac());
        assertEquals(255, decode("si13-hand-ma-bitmap").rac());
    }

    @Test
    void pbcchBranchCarriesNoCellOptions() {
        Si13RestOctets d = decode("si13-hand-pbcch");
        assertTrue(d.pbcchPresent());
        assertNull(d.rac());
        assertNull(d.gprsCellOptions());
        assertNull(d.networkOperationMode());
        assertEquals(Boolean.TRUE, d.siStatusInd());
    }

    @Test
    void emptyRestOctetsMeanNoGprs() {
        assertEquals(Si13RestOctets.absent(), decode("si13-enc-absent"));
    }

    @Test
    void encoderFramesAreReproducedFromTheirDecode() {
        for (String name : List.of("si13-enc-typical", "si13-enc-egprs-rel6", "si13-enc-rel13", "si13-enc-absent")) {
            byte[] block = FRAMES.get(name);
            assertArrayEquals(block, Si13RestOctetsEncoder.encodeBlock(decode(name)), name);
        }
    }

    @Test
    void typicalGprsCellEncodesToTheRealVodafoneOctets() {
        Map<String, byte[]> real = RrTestFrames.realFrames(0x00);
        byte[] vodafone = real.values().iterator().next();
        assertArrayEquals(vodafone, Si13RestOctetsEncoder.encodeBlock(Si13RestOctetsEncoder.typicalGprsCell(4, 1)));
    }

    @Test
    void encoderRefusesWhatItCannotExpress() {
        Si13RestOctets pbcch = decode("si13-hand-pbcch");
        assertThrows(IllegalArgumentException.class, () -> Si13RestOctetsEncoder.encode(pbcch));
        Si13RestOctets withAllocation = decode("si13-hand-ma-bitmap");
        assertThrows(IllegalArgumentException.class, () -> Si13RestOctetsEncoder.encode(withAllocation));
    }

    @Test
    void truncatedRestOctetsAreMalformedAtEveryLengthThatCutsAStructure() {
        Set<String> reasons = new TreeSet<>();
        for (Map.Entry<String, byte[]> frame : FRAMES.entrySet()) {
            byte[] rest = Arrays.copyOfRange(frame.getValue(), RrTestFrames.REST_OCTETS_OFFSET, 23);
            for (int length = 0; length < rest.length; length++) {
                try {
                    Si13RestOctetsDecoder.decode(ByteBuffer.wrap(rest, 0, length).slice());
                } catch (DecodeException e) {
                    reasons.add(e.reason());
                } catch (RuntimeException e) {
                    fail(frame.getKey() + " cut to " + length + " octets threw " + e);
                }
            }
        }
        assertEquals(Set.of("rr.si13.truncated"), reasons);
    }

    @Test
    void cutInsideTheCellOptionsIsMalformedWithItsOffset() {
        byte[] rest = Arrays.copyOfRange(FRAMES.get("si13-enc-typical"), 3, 23);
        Decoded<Si13RestOctets> result = Si13RestOctetsDecoder.tryDecode(ByteBuffer.wrap(rest, 0, 4).slice());
        Decoded.Malformed<Si13RestOctets> malformed = assertInstanceOf(Decoded.Malformed.class, result);
        assertEquals("rr.si13.truncated", malformed.reason());
        assertTrue(malformed.offset() <= 4);
        assertFalse(malformed.detail().isEmpty());
    }

    @Test
    void randomBlocksOnlyEverYieldARecordOrADecodeException() {
        Random random = new Random(1300L);
        int ok = 0;
        int malformed = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] rest = new byte[20];
            random.nextBytes(rest);
            try {
                Si13RestOctetsDecoder.decode(ByteBuffer.wrap(rest));
                ok++;
            } catch (DecodeException e) {
                malformed++;
                assertTrue(e.reason().startsWith("rr.si13."), e.reason());
            } catch (RuntimeException e) {
                fail("random block " + HexFormat.of().formatHex(rest) + " threw " + e);
            }
        }
        assertTrue(ok > 0, "ok " + ok + ", malformed " + malformed);
    }
}
