package org.roguewatch.lte.rrc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.Decoded;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.testing.Hex;
import org.roguewatch.testing.SharedCaptures;

/**
 * The broadcast decoders and encoder agree with tshark (Wireshark 4.0) field by field, on crafted
 * frames and on every BCCH frame of the real LTESniffer capture (fixtures written by
 * src/test/tshark/rrc-bcch/make-fixtures.sh).
 */
class BroadcastTsharkFixtureTest {
    private static List<String[]> fixture(String name) throws IOException {
        try (InputStream in = BroadcastTsharkFixtureTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        }
    }

    private static LteMessage decode(String channel, byte[] payload) {
        return ok(channel.equals(BroadcastFixtureFrames.BCH)
                ? BcchBchDecoder.decode(ByteBuffer.wrap(payload)) : BcchDlSchDecoder.decode(ByteBuffer.wrap(payload)),
                channel + " " + Hex.of(payload));
    }

    private static LteMessage ok(Decoded<LteMessage> decoded, String what) {
        assertInstanceOf(Decoded.Ok.class, decoded, () -> what + ": " + decoded);
        return decoded.valueOrNull();
    }

    private static List<String> pairs(String[] row, int from) {
        return Arrays.asList(row).subList(from, row.length);
    }

    @Test
    void fixtureHoldsTheFramesTheEncoderWritesToday() throws IOException {
        List<String[]> rows = fixture("bcch-crafted-tshark.tsv");
        List<BroadcastFixtureFrames.Frame> frames = BroadcastFixtureFrames.all();
        assertEquals(frames.size(), rows.size(), "frame count: rerun make-fixtures.sh after changing the frames");
        for (int i = 0; i < frames.size(); i++) {
            assertEquals(frames.get(i).id(), rows.get(i)[0]);
            assertEquals(Hex.of(frames.get(i).payload()), rows.get(i)[2],
                    frames.get(i).id() + ": the encoder's output changed; rerun make-fixtures.sh");
        }
    }

    @Test
    void everyCraftedFrameDecodesToTheMessageItWasMadeFrom() {
        for (BroadcastFixtureFrames.Frame frame : BroadcastFixtureFrames.all()) {
            assertEquals(frame.expected(), decode(frame.channel(), frame.payload()), frame.id());
        }
    }

    @Test
    void decodedFieldsEqualTsharksForEveryCraftedFrame() throws IOException {
        for (String[] row : fixture("bcch-crafted-tshark.tsv")) {
            LteMessage message = decode(row[1], Hex.bytes(row[2]));
            assertEquals(TsharkBroadcastView.ofTshark(pairs(row, 3)), TsharkBroadcastView.of(message), row[0]);
        }
    }

    @Test
    void tsharkFlagsOnlyTheExtensionAlternativeNoReleaseDefines() throws IOException {
        Set<String> flagged = new TreeSet<>();
        for (String[] row : fixture("bcch-crafted-tshark.tsv")) {
            if (pairs(row, 3).stream().anyMatch(pair -> pair.startsWith("expert="))) {
                flagged.add(row[0]);
            }
        }
        assertEquals(Set.of("si-extension-sibs-sib3"), flagged);
    }

    @Test
    void craftedSib7FramesUseAllThreeFollowingArfcnsForms() throws IOException {
        Set<String> forms = new TreeSet<>();
        for (String[] row : fixture("bcch-crafted-tshark.tsv")) {
            pairs(row, 3).stream().filter(pair -> pair.contains(".followingARFCNs="))
                    .forEach(pair -> forms.add(pair.substring(pair.indexOf('=') + 1)));
        }
        assertEquals(Set.of("0", "1", "2"), forms, "explicitListOfARFCNs, equallySpacedARFCNs, variableBitMapOfARFCNs");
    }

    @Test
    void everyBroadcastFrameOfTheLteSnifferCaptureMatchesTshark() throws IOException {
        List<LteSnifferBroadcastFrames.Frame> frames =
                LteSnifferBroadcastFrames.read(SharedCaptures.require(SharedCaptures.LTE_SNIFFER_GSMTAP));
        Map<Long, Map<String, String>> tshark = new HashMap<>();
        for (String[] row : fixture("bcch-ltesniffer-tshark.tsv")) {
            Map<String, String> view = TsharkBroadcastView.ofTshark(pairs(row, 1));
            for (String range : row[0].split(",")) {
                String[] ends = range.split("-");
                for (long frame = Long.parseLong(ends[0]); frame <= Long.parseLong(ends[ends.length - 1]); frame++) {
                    tshark.put(frame, view);
                }
            }
        }
        assertEquals(tshark.keySet(), frames.stream().map(LteSnifferBroadcastFrames.Frame::number)
                .collect(Collectors.toSet()), "the BCCH frames tshark and we find");
        for (LteSnifferBroadcastFrames.Frame frame : frames) {
            LteMessage message = ok(frame.decoded(), "frame " + frame.number());
            assertEquals(tshark.get(frame.number()), TsharkBroadcastView.of(message), "frame " + frame.number());
        }
        Map<String, Long> names = frames.stream().map(frame -> frame.decoded().valueOrNull().name())
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        assertEquals(Map.of("SystemInformationBlockType1", 1432L, "SystemInformation", 358L), names);
    }

    @Test
    void labCellBroadcastsTestPlmnTac7AndCellIdentity0019b01() throws IOException {
        List<LteSnifferBroadcastFrames.Frame> frames =
                LteSnifferBroadcastFrames.read(SharedCaptures.require(SharedCaptures.LTE_SNIFFER_GSMTAP));
        SystemInformationBlockType1 sib1 = frames.stream().map(f -> f.decoded().valueOrNull())
                .filter(SystemInformationBlockType1.class::isInstance).map(SystemInformationBlockType1.class::cast)
                .findFirst().orElseThrow();
        assertEquals(List.of(new PlmnIdentity("901", "55", false)), sib1.plmns());
        assertEquals(7, sib1.trackingAreaCode());
        assertEquals(0x0019b01L, sib1.cellIdentity());
        assertEquals(-65, sib1.qRxLevMin(), "-130 dBm");
        assertEquals(List.of(2, 3), sib1.scheduledSibTypes());
        SystemInformation si = frames.stream().map(f -> f.decoded().valueOrNull())
                .filter(SystemInformation.class::isInstance).map(SystemInformation.class::cast).findFirst()
                .orElseThrow();
        assertEquals(List.of(BroadcastSamples.labSib2(), BroadcastSamples.labSib3()), si.sibs());
        assertEquals("[ SIB2 SIB3 ]", si.info());
    }
}
