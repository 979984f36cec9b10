package org.roguewatch.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roguewatch.capture.CaptureFiles;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.capture.PacketReader;
import org.roguewatch.decode.RadioMessage;
import org.roguewatch.gsmtap.GsmtapHeader;
import org.roguewatch.testing.SharedCaptures;

/**
 * Our decode equals tshark's, frame by frame: message names, cell identities, ARFCN lists, T3212,
 * CRO, cipher algorithms and paged identities. tshark's values are fixtures made by
 * {@code sdr-adapters/src/test/tshark/gsm/make-fixtures.sh}.
 */
class TsharkAgreementTest {

    @Test
    void sharedVodafoneCaptureDecodesAsTsharkDecodesIt() throws IOException {
        Path capture = SharedCaptures.require(SharedCaptures.GSM_VODAFONE_ARFCN725);
        RecordingListener recorded = new RecordingListener();
        GsmtapIngest ingest = new GsmtapIngest("test", new FrameCounters(), recorded);
        try (PacketReader reader = CaptureFiles.open(capture, ingest.counters())) {
            CaptureReplay.replay(reader, capture.toString(), ingest, GsmtapHeader.DEFAULT_UDP_PORT, ReplayProgress.NONE);
        }
        Map<Long, Map<String, String>> tshark = TsharkFixture.load("/tshark/grgsm_vf_arfcn725_bcch_ccch_gsmtap.tsv");
        assertEquals(674, tshark.size());
        assertAgreement(tshark, recorded.byFrame, Set.of());
        assertEquals(0, ingest.counters().malformedTotal());
    }

    @Test
    void dedicatedChannelCorpusDecodesAsTsharkDecodesIt() {
        RecordingListener recorded = new RecordingListener();
        GsmtapIngest ingest = new GsmtapIngest("test", new FrameCounters(), recorded);
        List<DedicatedCorpus.Frame> frames = DedicatedCorpus.frames();
        for (int i = 0; i < frames.size(); i++) {
            DedicatedCorpus.Frame frame = frames.get(i);
            ingest.datagram(new FrameRef("corpus", i + 1, frame.time()), ByteBuffer.wrap(frame.datagram()));
        }
        Map<Long, Map<String, String>> tshark = TsharkFixture.load("/tshark/dedicated-corpus.tsv");
        assertEquals(frames.size(), tshark.size());
        // Frame 9 is the UA echoing the SABM's Location Updating Request (contention resolution):
        // tshark shows the message again; we deliberately count it once.
        assertAgreement(tshark, recorded.byFrame, Set.of(9L));
        assertEquals(0, ingest.counters().malformedTotal(), () -> ingest.counters().malformed().toString());
    }

    private static void assertAgreement(Map<Long, Map<String, String>> tshark, Map<Long, RadioMessage> ours,
                                        Set<Long> framesOnlyTsharkNames) {
        for (Map.Entry<Long, Map<String, String>> row : tshark.entrySet()) {
            long frame = row.getKey();
            RadioMessage message = ours.get(frame);
            if (message == null && row.getValue().get("message").isEmpty()) {
                continue; // neither side completed a message in this frame (e.g. a LAPDm segment)
            }
            if (message == null) {
                assertTrue(framesOnlyTsharkNames.contains(frame), "frame " + frame + ": tshark decoded "
                        + row.getValue().get("message") + ", we decoded nothing");
                continue;
            }
            assertEquals(row.getValue(), MessageColumns.of(message), "frame " + frame);
        }
        for (Long frame : ours.keySet()) {
            assertTrue(tshark.containsKey(frame), "frame " + frame + " decoded by us but absent from tshark's decode");
        }
    }
}
