package org.roguewatch.gsm.rr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roguewatch.decode.Decoded;
import org.roguewatch.gsm.GsmL3Decoder;
import org.roguewatch.gsm.GsmMessage;
import org.roguewatch.gsm.LocationAreaId;
import org.roguewatch.gsm.MobileIdentity;
import org.roguewatch.gsm.UmOutcome;
import org.roguewatch.gsm.lapdm.LapdmEncoder;
import org.roguewatch.gsm.mm.AuthenticationRequest;
import org.roguewatch.gsm.mm.MmEncoder;
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

    @Test
    void edgeCasesOfEveryFieldRoundTrip() {
        LocationAreaId threeDigitMnc = new LocationAreaId("999", "999", 0xffff);
        RachControlParameters allSet = new RachControlParameters(3, 15, true, true, 0xffff);
        int[] all124 = IntStream.rangeClosed(1, 124).toArray();
        List<RrMessage> edges = List.of(
                new SystemInformation1(new FrequencyList(FrequencyListFormat.BIT_MAP_0, all124), allSet, true),
                new SystemInformation1(new FrequencyList(FrequencyListFormat.RANGE_1024, new int[] {0}), allSet, false),
                new SystemInformation2(new BaList(true, 1, -1, new FrequencyList(FrequencyListFormat.RANGE_1024,
                        new int[] {0, 1023})), 0, allSet),
                new SystemInformation2(new BaList(false, 0, -1, new FrequencyList(FrequencyListFormat.BIT_MAP_0,
                        new int[0])), 0, new RachControlParameters(0, 0, false, false, 0)),
                new SystemInformation2ter(new BaList(false, 1, 3, new FrequencyList(FrequencyListFormat.BIT_MAP_0, all124))),
                new SystemInformation3(0xffff, threeDigitMnc, new ControlChannelDescription(1, true, 7, 7, 3, 7, 255),
                        new CellOptions(true, 3, 15), new CellSelectionParameters(7, 31, true, true, 63), allSet,
                        Si3RestOctets.ABSENT),
                new SystemInformation4(new LocationAreaId("000", "00", 0), new CellSelectionParameters(0, 0, false, false, 0),
                        allSet, true, new Si4RestOctets(new SelectionParameters(true, 63, 7, 31), 3, new GprsIndicator(7, true))),
                new PagingRequest(1, 3, List.of(new MobileIdentity(MobileIdentity.Type.TMGI, "", -1),
                        new MobileIdentity(MobileIdentity.Type.UNKNOWN, "", -1))),
                new PagingRequest(1, 0, List.of(new MobileIdentity(MobileIdentity.Type.IMSI, "1", -1))),
                new PagingRequest(2, 3, List.of(MobileIdentity.tmsi(0), MobileIdentity.tmsi(0xffffffffL),
                        new MobileIdentity(MobileIdentity.Type.IMEISV, "*#abc01234567890", -1))),
                new ImmediateAssignment(3, true, new ChannelDescription("reserved", 0, 7, 7, true, -1, 63, 63), 255, 0xffff, 63),
                new ImmediateAssignment(0, false, new ChannelDescription("reserved", 31, 0, 0, false, 0, -1, -1), 0, 0, 0));
        for (RrMessage message : edges) {
            byte[] block = RrEncoder.bcchBlock(message);
            assertEquals(message, UmFrames.ccch(block), () -> Hex.of(block));
        }
    }

    @Test
    void si2quaterAndSi13FromTheirDecodersFramesRoundTripThroughTheBlockEncoder() {
        int checked = 0;
        for (String resource : List.of("si2quater-frames.txt", "si13-frames.txt")) {
            // the frames their own encoders wrote; hand-made ones may hold content those encoders refuse
            for (var entry : RrTestFrames.frames(resource).entrySet()) {
                if (!entry.getKey().contains("enc-")) {
                    continue;
                }
                byte[] frame = entry.getValue();
                GsmMessage decoded = UmFrames.ccch(frame);
                byte[] block = RrEncoder.bcchBlock((RrMessage) decoded);
                assertEquals(decoded, UmFrames.ccch(block), () -> Hex.of(frame));
                checked++;
            }
        }
        for (int changeMark = 0; changeMark < 8; changeMark++) {
            for (int rac = 0; rac < 256; rac += 5) {
                SystemInformation13 si13 = new SystemInformation13(Si13RestOctetsEncoder.typicalGprsCell(changeMark, rac));
                assertEquals(si13, UmFrames.ccch(RrEncoder.bcchBlock(si13)));
                checked++;
            }
        }
        assertTrue(checked > 400, "checked " + checked);
    }

    @Test
    void aLongMmMessageInLapdmSegmentsOnSdcchDecodesToItsRecord() {
        // Authentication Request with AUTN: 37 octets, two I-frames (N201 = 20), as a BTS sends it.
        AuthenticationRequest auth = new AuthenticationRequest(1, "0f1e2d3c4b5a69788796a5b4c3d2e1f0", true);
        UmDecoder decoder = new UmDecoder();
        List<UmOutcome> outcomes = LapdmEncoder.iFrames(0, true, 0, 0, MmEncoder.l3(auth)).stream()
                .map(block -> decoder.decode(UmFrames.frame(GsmtapChannel.SDCCH8, false, block))).toList();
        assertEquals(2, outcomes.size());
        assertEquals(auth, UmFrames.message(outcomes.get(1)));
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
