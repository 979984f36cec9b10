package org.roguewatch.lte.rrc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.per.PerWriter;
import org.roguewatch.testing.Hex;

/**
 * Bad input never makes the broadcast decoders throw: truncation anywhere, lengths past the end,
 * values outside their ranges, extension bits a later release may set, random bytes. Each gives
 * {@link Decoded.Malformed} with an lte-rrc reason, or, where the bits are a valid encoding, the
 * message they encode.
 */
class BroadcastBadInputTest {
    private static final Function<ByteBuffer, Decoded<LteMessage>> BCH = BcchBchDecoder::decode;
    private static final Function<ByteBuffer, Decoded<LteMessage>> DL_SCH = BcchDlSchDecoder::decode;

    private static Decoded<LteMessage> dlSch(byte[] payload) {
        return BcchDlSchDecoder.decode(ByteBuffer.wrap(payload));
    }

    private static Decoded.Malformed<LteMessage> malformed(Decoded<LteMessage> decoded) {
        @SuppressWarnings("unchecked")
        Decoded.Malformed<LteMessage> malformed = assertInstanceOf(Decoded.Malformed.class, decoded,
                () -> "expected malformed, got " + decoded);
        return malformed;
    }

    private static Decoded<LteMessage> safely(Function<ByteBuffer, Decoded<LteMessage>> decoder, byte[] payload) {
        Decoded<LteMessage> decoded;
        try {
            decoded = decoder.apply(ByteBuffer.wrap(payload));
        } catch (RuntimeException e) {
            throw new AssertionError("exception escaped for " + Hex.of(payload), e);
        }
        if (decoded instanceof Decoded.Malformed<LteMessage> bad) {
            assertTrue(bad.reason().startsWith("lte-rrc."), bad.reason());
            assertFalse(bad.detail().isEmpty(), bad.reason());
        }
        return decoded;
    }

    @Test
    void everyOctetPrefixOfEveryCraftedFrameIsTruncated() {
        for (BroadcastFixtureFrames.Frame frame : BroadcastFixtureFrames.all()) {
            Function<ByteBuffer, Decoded<LteMessage>> decoder =
                    frame.channel().equals(BroadcastFixtureFrames.BCH) ? BCH : DL_SCH;
            for (int length = 0; length < frame.payload().length; length++) {
                Decoded<LteMessage> decoded = safely(decoder, Arrays.copyOf(frame.payload(), length));
                assertEquals("lte-rrc.truncated", malformed(decoded).reason(), frame.id() + " cut to " + length);
            }
        }
    }

    @Test
    void everyBitPrefixPaddedWithZerosOrOnesDecodesOrIsMalformedWithoutThrowing() {
        for (BroadcastFixtureFrames.Frame frame : BroadcastFixtureFrames.all()) {
            Function<ByteBuffer, Decoded<LteMessage>> decoder =
                    frame.channel().equals(BroadcastFixtureFrames.BCH) ? BCH : DL_SCH;
            byte[] payload = frame.payload();
            for (int bits = 0; bits < payload.length * 8; bits++) {
                for (boolean ones : new boolean[] {false, true}) {
                    byte[] cut = Arrays.copyOf(payload, (bits + 7) / 8);
                    if (bits % 8 != 0) {
                        int keep = 0xff << (8 - bits % 8);
                        cut[cut.length - 1] = (byte) ((cut[cut.length - 1] & keep) | (ones ? ~keep : 0));
                    }
                    safely(decoder, cut);
                }
            }
        }
    }

    @Test
    void tenThousandRandomPayloadsPerChannelNeverThrow() {
        Random random = new Random(20230425);
        for (Function<ByteBuffer, Decoded<LteMessage>> decoder : List.of(BCH, DL_SCH)) {
            int malformed = 0;
            for (int i = 0; i < 10_000; i++) {
                byte[] payload = new byte[random.nextInt(decoder == BCH ? 6 : 80)];
                random.nextBytes(payload);
                malformed += safely(decoder, payload) instanceof Decoded.Malformed ? 1 : 0;
            }
            assertTrue(malformed > 0, "random bytes are mostly not valid broadcast messages");
        }
    }

    @Test
    void tenThousandBitFlippedCraftedFramesPerChannelNeverThrow() {
        Random random = new Random(331);
        List<BroadcastFixtureFrames.Frame> frames = BroadcastFixtureFrames.all();
        for (String channel : List.of(BroadcastFixtureFrames.BCH, BroadcastFixtureFrames.DL_SCH)) {
            List<BroadcastFixtureFrames.Frame> ofChannel = frames.stream().filter(f -> f.channel().equals(channel))
                    .toList();
            for (int i = 0; i < 10_000; i++) {
                byte[] payload = ofChannel.get(random.nextInt(ofChannel.size())).payload().clone();
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    int bit = random.nextInt(payload.length * 8);
                    payload[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
                }
                safely(channel.equals(BroadcastFixtureFrames.BCH) ? BCH : DL_SCH, payload);
            }
        }
    }

    @Test
    void enumerationValuesPastTheRootAreOutOfRange() {
        // dl-Bandwidth has six values: 6 (110b) and 7 (111b) are not among them
        assertEquals("lte-rrc.constraint", malformed(BcchBchDecoder.decode(Hex.buffer("c00000"))).reason());
        assertEquals("lte-rrc.constraint", malformed(BcchBchDecoder.decode(Hex.buffer("e00000"))).reason());
    }

    @Test
    void messageClassExtensionAndCriticalExtensionsFutureAreNamed() {
        assertEquals("lte-rrc.bcch-dl-sch.message-class-extension", malformed(dlSch(new byte[] {(byte) 0x80}))
                .reason());
        // c1, systemInformation, criticalExtensionsFuture-r15
        assertEquals("lte-rrc.system-information.critical-extensions-future",
                malformed(dlSch(new byte[] {0x20, 0})).reason());
    }

    @Test
    void firstPlmnWithoutMccIsMalformed() {
        PerWriter out = new PerWriter().bit(false).bit(true).bits(0, 3).bit(false);
        out.constrained(1, 1, 6).bit(false); // one PLMN, its MCC absent
        out.constrained(2, 2, 3).constrained(0, 0, 9).constrained(1, 0, 9).constrained(1, 0, 1);
        out.bits(0, 64);
        assertEquals("lte-rrc.sib1.plmn-without-mcc", malformed(dlSch(out.toBytes())).reason());
    }

    @Test
    void unknownExtensionAdditionsAreSkippedByTheirLengthAndTheNextSibIsFound() {
        // SIB3 as a later release might send it: extension bit set, 20 additions of which only the
        // last is present, a 2-octet open type this decoder knows nothing about; then a SIB5
        PerWriter out = new PerWriter().bits(0, 4).constrained(2, 1, 32).choice(1, 10, true);
        writeWithExtensionBit(out, BroadcastSamples.fullSib3());
        out.normallySmall(20 - 1);
        for (int i = 0; i < 19; i++) {
            out.bit(false);
        }
        out.bit(true).openType(new byte[] {(byte) 0xab, (byte) 0xcd});
        out.choice(3, 10, true);
        ReselectionSibWriter.sib5(out, BroadcastSamples.sib5());
        assertEquals(Decoded.ok(new SystemInformation(List.of(BroadcastSamples.fullSib3(), BroadcastSamples.sib5()))),
                dlSch(out.toBytes()));
    }

    /** SIB3 as ReselectionSibWriter writes it, but with its extension bit set. */
    private static void writeWithExtensionBit(PerWriter out, Sib3 sib3) {
        PerWriter body = new PerWriter();
        ReselectionSibWriter.sib3(body, sib3);
        byte[] bytes = body.toBytes();
        out.bit(true);
        for (long bit = 1; bit < body.bitLength(); bit++) {
            out.bit((bytes[(int) (bit / 8)] & (0x80 >>> (bit % 8))) != 0);
        }
    }

    @Test
    void extensionBitWithoutAdditionsIsTruncated() {
        PerWriter out = new PerWriter().bits(0, 4).constrained(1, 1, 32).choice(1, 10, true);
        writeWithExtensionBit(out, BroadcastSamples.minimalSib3());
        // fewer than 8 padding bits follow: not enough for the additions count and bitmap
        Decoded.Malformed<LteMessage> bad = malformed(dlSch(out.toBytes()));
        assertEquals("lte-rrc.truncated", bad.reason());
    }

    @Test
    void moreThan64ExtensionAdditionsAreMalformed() {
        PerWriter out = new PerWriter().bits(0, 4).constrained(1, 1, 32).choice(1, 10, true);
        writeWithExtensionBit(out, BroadcastSamples.minimalSib3());
        out.bit(true).lengthDeterminant(65).bits(0, 65);
        assertEquals("lte-rrc.extension-additions", malformed(dlSch(out.toBytes())).reason());
    }

    @Test
    void lengthsPastTheEndAreTruncated() {
        // an extension SIB whose open type claims 200 octets
        PerWriter open = new PerWriter().bits(0, 4).constrained(1, 1, 32).bit(true).normallySmall(0)
                .lengthDeterminant(200).bits(0, 16);
        assertEquals("lte-rrc.truncated", malformed(dlSch(open.toBytes())).reason());
        // SIB11's warningMessageSegment claims 9000 octets (a 14-bit length)
        PerWriter sib11 = new PerWriter().bits(0, 4).constrained(1, 1, 32).choice(9, 10, true).bit(false).bit(false)
                .bits(0, 32).bits(0, 7).lengthDeterminant(9000).bits(0, 64);
        assertEquals("lte-rrc.truncated", malformed(dlSch(sib11.toBytes())).reason());
        // a fragmented length (11b prefix), which no RRC broadcast field uses
        PerWriter fragmented = new PerWriter().bits(0, 4).constrained(1, 1, 32).bit(true).normallySmall(0)
                .bits(0b11, 2).bits(0, 30);
        assertEquals("lte-rrc.fragmented", malformed(dlSch(fragmented.toBytes())).reason());
    }

    @Test
    void unknownSibTypeExtensionValueIsCountedNotRejected() {
        PerWriter out = new PerWriter().bit(false).bit(true).bits(0, 3).bit(false);
        out.constrained(1, 1, 6).bit(true).bits(0, 12).constrained(2, 2, 3).bits(0, 8).constrained(1, 0, 1);
        out.bits(0, 16 + 28).constrained(1, 0, 1).constrained(0, 0, 1).bit(false);
        out.bit(false).constrained(-70, -70, -22).constrained(1, 1, 64);
        out.constrained(1, 1, 32).constrained(0, 0, 6).constrained(1, 0, 31).enumerated(16 + 40, 16, true);
        out.constrained(0, 0, 6).constrained(0, 0, 31);
        SystemInformationBlockType1 sib1 = (SystemInformationBlockType1) dlSch(out.toBytes()).valueOrNull();
        assertEquals(List.of(2, SibTypes.UNKNOWN_EXTENSION_BASE + 40), sib1.scheduledSibTypes());
    }
}
