package org.roguewatch.lte.rrc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roguewatch.lte.LteMessage;
import org.roguewatch.lte.rrc.DedicatedFixtureFrames.Frame;
import org.roguewatch.lte.rrc.RedirectedCarrierInfo.Rat;

/**
 * tshark (the oracle, via {@code src/test/tshark/rrc-dedicated/make-fixtures.sh}) read every frame
 * the encoder wrote as the record it came from, and our decoders read it back as the same record.
 */
class DedicatedTsharkFixtureTest {
    /** Columns not compared field by field: the frame, the Info text, the expert texts, the bytes. */
    private static final Set<String> NOT_FIELDS = Set.of("id", "sub_type", "hex", "frame.number", "_ws.col.Info",
            "_ws.expert.message", "udp.payload");
    /** Columns whose values tshark shows in their encoded form; checked by {@link #geranSets}. */
    private static final Set<String> GERAN_FIELDS = Set.of("lte-rrc.startingARFCN", "lte-rrc.bandIndicator",
            "lte-rrc.followingARFCNs", "lte-rrc.explicitListOfARFCNs", "lte-rrc.ARFCN_ValueGERAN",
            "lte-rrc.arfcn_Spacing", "lte-rrc.numberOfFollowingARFCNs", "lte-rrc.variableBitMapOfARFCNs");

    private static List<Map<String, String>> rows;
    private static Map<String, Frame> frames;

    @BeforeAll
    static void load() throws IOException {
        rows = DedicatedFixtureTable.read("dedicated-encoder.tshark.tsv");
        frames = DedicatedFixtureFrames.frames().stream().collect(Collectors.toMap(Frame::id, Function.identity()));
    }

    @Test
    void fixtureCoversEveryEncodedCaseWithTheCurrentEncoderBytes() {
        assertEquals(frames.keySet(), rows.stream().map(row -> row.get("id")).collect(Collectors.toSet()),
                "rerun make-fixtures.sh after changing DedicatedFixtureFrames");
        for (Map<String, String> row : rows) {
            Frame frame = frames.get(row.get("id"));
            assertEquals(HexFormat.of().formatHex(frame.bytes()), row.get("hex"), frame.id());
            assertEquals(frame.subType(), Integer.parseInt(row.get("sub_type")), frame.id());
            assertTrue(row.get("udp.payload").endsWith(row.get("hex")), frame.id() + ": tshark saw other bytes");
        }
    }

    @Test
    void tsharkFindsNothingMalformedAndNamesEachMessageAsWeDo() {
        for (Map<String, String> row : rows) {
            Frame frame = frames.get(row.get("id"));
            assertEquals("", row.get("_ws.malformed"), frame.id());
            assertTrue(row.get("_ws.col.Info").startsWith(frame.message().name()),
                    frame.id() + ": tshark says " + row.get("_ws.col.Info"));
            LteMessage decoded = DedicatedChannels.decodeOk(frame.subType(), frame.bytes());
            assertEquals(frame.message().name(), decoded.name(), frame.id());
        }
    }

    @Test
    void everyEncodedFrameDecodesToTheRecordItCameFrom() {
        for (Frame frame : frames.values()) {
            assertEquals(frame.message(), DedicatedChannels.decodeOk(frame.subType(), frame.bytes()), frame.id());
        }
    }

    @Test
    void tsharkFieldsEqualTheRecordsFields() {
        for (Map<String, String> row : rows) {
            Frame frame = frames.get(row.get("id"));
            Map<String, String> expected = DedicatedTsharkExpectations.of(frame.message(), frame.transactionId());
            // frames written by hand with fields the records do not keep: compare the record's fields only
            boolean partial = frame.id().contains("measconfig") || frame.id().contains("registered-mme");
            for (Map.Entry<String, String> column : row.entrySet()) {
                String field = column.getKey();
                if (NOT_FIELDS.contains(field) || GERAN_FIELDS.contains(field)) {
                    continue;
                }
                if (partial && !expected.containsKey(field)) {
                    continue; // checked through the NAS PDUs tshark finds after them
                }
                assertEquals(expected.getOrDefault(field, ""), column.getValue(), frame.id() + " " + field);
            }
        }
    }

    @Test
    void measConfigIsWalkedToTheNasListTsharkFindsAfterIt() {
        for (Map<String, String> row : rows) {
            if (row.get("id").contains("measconfig")) {
                assertEquals("1", row.get("lte-rrc.measConfig_element"), row.get("id"));
                assertEquals("075501,075503", row.get("lte-rrc.DedicatedInfoNAS"), row.get("id"));
            }
        }
    }

    @Test
    void geranSetsTsharkShowsExpandToTheRecordsArfcns() {
        int checked = 0;
        for (Map<String, String> row : rows) {
            if (frames.get(row.get("id")).message() instanceof RrcConnectionRelease release) {
                List<GeranArfcnSet> expected = new ArrayList<>();
                if (release.redirectedCarrierInfo() != null && release.redirectedCarrierInfo().rat() == Rat.GERAN) {
                    expected.add(new GeranArfcnSet(release.redirectedCarrierInfo().carriers(),
                            release.redirectedCarrierInfo().geranBandIndicator()));
                }
                if (release.idleModeMobilityControlInfo() != null) {
                    release.idleModeMobilityControlInfo().geran()
                            .forEach(g -> expected.add(new GeranArfcnSet(g.arfcns(), g.band())));
                }
                assertEquals(expected, geranSets(row), row.get("id"));
                checked += expected.size();
            }
        }
        assertTrue(checked >= 8, "GERAN sets checked: " + checked);
    }

    @Test
    void registeredMmeIsSkippedExactlyAsTsharkReadsIt() {
        List<Map<String, String>> registered = rows.stream().filter(row -> row.get("id").contains("registered-mme"))
                .toList();
        assertEquals(3, registered.size());
        for (Map<String, String> row : registered) {
            assertEquals("8001", row.get("lte-rrc.mmegi"), row.get("id"));
            assertEquals("1a", row.get("lte-rrc.mmec"), row.get("id"));
            assertEquals("c7123456", row.get("lte-rrc.dedicatedInfoNAS"), row.get("id"));
        }
    }

    @Test
    void eachFollowingArfcnsFormIsOnAir() {
        Set<String> forms = rows.stream().map(row -> row.get("lte-rrc.followingARFCNs"))
                .flatMap(value -> Arrays.stream(value.split(","))).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
        assertEquals(Set.of("0", "1", "2"), forms);
    }

    /**
     * The CarrierFreqsGERAN sets of a row, expanded from tshark's encoded fields as TS 36.331 defines
     * them (written here independently of {@link GeranArfcnSet#read}).
     */
    private static List<GeranArfcnSet> geranSets(Map<String, String> row) {
        List<Integer> starts = ints(row.get("lte-rrc.startingARFCN"));
        List<Integer> bands = ints(row.get("lte-rrc.bandIndicator"));
        List<Integer> forms = ints(row.get("lte-rrc.followingARFCNs"));
        Iterator<Integer> explicitCounts = ints(row.get("lte-rrc.explicitListOfARFCNs")).iterator();
        Iterator<Integer> explicitValues = ints(row.get("lte-rrc.ARFCN_ValueGERAN")).iterator();
        Iterator<Integer> spacings = ints(row.get("lte-rrc.arfcn_Spacing")).iterator();
        Iterator<Integer> counts = ints(row.get("lte-rrc.numberOfFollowingARFCNs")).iterator();
        Iterator<String> bitmaps = Arrays.stream(row.get("lte-rrc.variableBitMapOfARFCNs").split(","))
                .filter(s -> !s.isEmpty()).iterator();
        List<GeranArfcnSet> sets = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            List<Integer> arfcns = new ArrayList<>(List.of(start));
            switch (forms.get(i)) {
                case 0 -> {
                    int n = explicitCounts.next();
                    for (int k = 0; k < n; k++) {
                        arfcns.add(explicitValues.next());
                    }
                }
                case 1 -> {
                    int spacing = spacings.next();
                    int n = counts.next();
                    for (int k = 1; k <= n; k++) {
                        arfcns.add((start + k * spacing) % 1024);
                    }
                }
                default -> {
                    byte[] bitmap = HexFormat.of().parseHex(bitmaps.next());
                    for (int bit = 0; bit < bitmap.length * 8; bit++) {
                        if (((bitmap[bit / 8] >> (7 - bit % 8)) & 1) == 1) {
                            arfcns.add((start + bit + 1) % 1024);
                        }
                    }
                }
            }
            sets.add(new GeranArfcnSet(arfcns, bands.get(i) == 0 ? "dcs1800" : "pcs1900"));
        }
        return sets;
    }

    private static List<Integer> ints(String value) {
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(Integer::parseInt).toList();
    }
}
