package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roguewatch.decode.Decoded;
import org.roguewatch.gsm.GsmL3Decoder;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsm.UmDecoder;
import org.roguewatch.gsmtap.GsmtapChannel;
import org.roguewatch.testing.Hex;
import org.roguewatch.testing.UmFrames;

/**
 * decode(encode(x)) equals x for seeded random records of every RR message we decode, each sent
 * the way a network sends it: BCCH/CCCH blocks through the Um dispatcher, SACCH blocks likewise,
 * dedicated messages as bare layer 3.
 */
class RrEncoderRoundTripTest {
    private static final int SAMPLES = 400;

    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of("SI1", (Function<Random, RrMessage>) RrRecords::si1),
                Arguments.of("SI2", (Function<Random, RrMessage>) RrRecords::si2),
                Arguments.of("SI2bis", (Function<Random, RrMessage>) RrRecords::si2bis),
                Arguments.of("SI2ter", (Function<Random, RrMessage>) RrRecords::si2ter),
                Arguments.of("SI3", (Function<Random, RrMessage>) RrRecords::si3),
                Arguments.of("SI4", (Function<Random, RrMessage>) RrRecords::si4),
                Arguments.of("PagingRequest", (Function<Random, RrMessage>) RrRecords::pagingRequest),
                Arguments.of("ImmediateAssignment", (Function<Random, RrMessage>) RrRecords::immediateAssignment));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void bcchAndCcchBlocksDecodeToTheRecordEncoded(String name, Function<Random, RrMessage> generator) {
        Random random = new Random(name.hashCode());
        for (int i = 0; i < SAMPLES; i++) {
            RrMessage message = generator.apply(random);
            byte[] block = RrEncoder.bcchBlock(message);
            assertEquals(RrEncoder.BLOCK_OCTETS, block.length, name);
            assertEquals(message, UmFrames.ccch(block), () -> name + " " + Hex.of(block));
        }
    }

    static Stream<Arguments> sacchGenerators() {
        return Stream.of(
                Arguments.of("SI5", (Function<Random, RrMessage>) RrRecords::si5),
                Arguments.of("SI6", (Function<Random, RrMessage>) RrRecords::si6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sacchGenerators")
    void sacchBlocksDecodeToTheRecordEncoded(String name, Function<Random, RrMessage> generator) {
        Random random = new Random(name.hashCode());
        UmDecoder decoder = new UmDecoder();
        for (int i = 0; i < SAMPLES; i++) {
            RrMessage message = generator.apply(random);
            byte[] block = RrEncoder.sacchBlock(message, random.nextInt(32), random.nextInt(64));
            assertEquals(RrEncoder.BLOCK_OCTETS, block.length, name);
            assertEquals(message, UmFrames.message(decoder.decode(
                    UmFrames.frame(GsmtapChannel.SDCCH8 | GsmtapChannel.ACCH, false, block))), () -> Hex.of(block));
        }
    }

    static Stream<Arguments> dedicatedGenerators() {
        return Stream.of(
                Arguments.of("ChannelRelease", (Function<Random, RrMessage>) RrRecords::channelRelease),
                Arguments.of("CipheringModeCommand", (Function<Random, RrMessage>) RrRecords::cipheringModeCommand),
                Arguments.of("PagingResponse", (Function<Random, RrMessage>) RrRecords::pagingResponse));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dedicatedGenerators")
    void dedicatedMessagesDecodeToTheRecordEncoded(String name, Function<Random, RrMessage> generator) {
        Random random = new Random(name.hashCode());
        for (int i = 0; i < SAMPLES; i++) {
            RrMessage message = generator.apply(random);
            byte[] l3 = RrEncoder.l3(message);
            assertEquals(message, l3(l3), () -> Hex.of(l3));
        }
    }

    static GsmMessage l3(byte[] l3) {
        Decoded<GsmMessage> decoded = GsmL3Decoder.decode(ByteBuffer.wrap(l3), -1);
        if (decoded instanceof Decoded.Ok<GsmMessage> ok) {
            return ok.value();
        }
        throw new AssertionError("malformed: " + decoded + " in " + Hex.of(l3));
    }

    static List<RrMessage> sample(Function<Random, RrMessage> generator, long seed, int count) {
        Random random = new Random(seed);
        return Stream.generate(() -> generator.apply(random)).limit(count).toList();
    }
}
