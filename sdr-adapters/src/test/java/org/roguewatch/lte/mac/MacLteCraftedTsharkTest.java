package org.roguewatch.lte.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.lte.LteRrcChannel;
import org.roguewatch.testing.Hex;

/**
 * Frames crafted for what the real capture lacks (BCH, PCCH, uplink CCCH and DCCH behind control
 * elements, 15- and 16-bit L, eLCID, padding first, SDUs split over PDUs and sharing one, a
 * retransmission, re-segmentation, CRC failure), read in order as DLT 147 frames and as UDP
 * "mac-lte" datagrams, against tshark 4.0's reading of both ({@code make-fixtures.sh}). Where
 * tshark and we differ by design, the test says so: tshark decodes an RLC retransmission again
 * (its sequence analysis flags it as repeated) where we drop it, and tshark 4.0 does not put an
 * AMD PDU back together from re-segments, which we do.
 */
class MacLteCraftedTsharkTest {
    private record Row(long frame, String name, byte[] bytes, List<Integer> lcids, List<Integer> elcids,
                       boolean repeated, List<String> rrc, List<String> udpRrc) {
    }

    private static List<Row> rows() {
        List<String[]> lines = MacLteTshark.rows("crafted-frames.tshark.tsv");
        lines.remove(0);
        List<Row> rows = new ArrayList<>();
        for (String[] c : lines) {
            rows.add(new Row(rows.size() + 1, c[0], Hex.bytes(c[1]), MacLteTshark.numbers(c[2]),
                    MacLteTshark.numbers(c[3]), c[4].equals("1"), list(c[6]), list(c[7])));
        }
        return rows;
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }

    @Test
    void eachFrameGivesTheRrcPdusTsharkDecodesBothAsFileAndAsUdp() {
        RecordingSink sink = new RecordingSink();
        MacLteExtractor file = new MacLteExtractor(sink);
        MacLteExtractor udp = new MacLteExtractor(new RecordingSink());
        String reSegmented = MacLteTshark.rrc().values().stream().filter(r -> r.rrcName().equals("UECapabilityEnquiry"))
                .findFirst().orElseThrow().hex();
        for (Row row : rows()) {
            FrameRef ref = FrameBytes.ref(row.frame());
            sink.clear();
            List<String> ours = described(file.accept(ref, ByteBuffer.wrap(row.bytes())));
            assertEquals(ours, described(udp.acceptUdp(ref, ByteBuffer.wrap(FrameBytes.udp(row.bytes())))), row.name());
            assertEquals(row.rrc(), row.udpRrc(), row.name() + ": tshark reads both forms alike");
            assertEquals(List.of(), sink.reasons(RecordingSink.Kind.MALFORMED), row.name());
            if (row.name().equals("dl-srb1-segment-2")) {
                assertTrue(row.repeated() && row.rrc().isEmpty(), "tshark: a repeated SN, nothing decoded");
                assertEquals(List.of("DL_DCCH_Message:" + reSegmented), ours, "the two segments re-form SN 5");
            } else if (row.repeated()) {
                assertEquals(List.of(), ours, row.name());
                assertEquals(List.of("rlc-am.duplicate"), sink.drops(), row.name());
            } else {
                assertEquals(row.rrc(), ours, row.name());
            }
        }
    }

    @Test
    void eachSubHeaderIsReadAsTsharkReadsIt() {
        for (Row row : rows()) {
            MacLteFrame frame = MacLteFraming.framed(ByteBuffer.wrap(row.bytes())).valueOrNull();
            if (frame.context().rntiType() != RntiType.C_RNTI) {
                continue;
            }
            List<Integer> expected = new ArrayList<>();
            int extended = 0;
            for (int lcid : row.lcids()) {
                expected.add(lcid == SchLcids.EXTENDED_LCID
                        ? SchLcids.ELCID_BASE + row.elcids().get(extended++) : lcid);
            }
            List<Integer> ours = SchDemultiplexer.demultiplex(frame.pdu(), frame.context().uplink()).valueOrNull()
                    .stream().map(MacSubPdu::lcid).toList();
            assertEquals(expected, ours, row.name());
        }
    }

    private static List<String> described(List<LteRrcPdu> pdus) {
        List<String> out = new ArrayList<>();
        for (LteRrcPdu pdu : pdus) {
            byte[] bytes = new byte[pdu.payload().remaining()];
            pdu.payload().duplicate().get(bytes);
            out.add(element(pdu.channel()) + ":" + Hex.of(bytes));
        }
        return out;
    }

    private static String element(int channel) {
        return LteRrcChannel.name(channel).replace('-', '_') + "_Message";
    }
}
