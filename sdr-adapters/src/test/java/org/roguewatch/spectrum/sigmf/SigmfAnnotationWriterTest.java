package org.roguewatch.spectrum.sigmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.spectrum.json.JsonParser;
import org.roguewatch.spectrum.json.JsonValue;
import org.roguewatch.spectrum.json.JsonValue.JsonArray;
import org.roguewatch.spectrum.json.JsonValue.JsonNumber;
import org.roguewatch.spectrum.json.JsonValue.JsonObject;
import org.roguewatch.spectrum.json.JsonValue.JsonString;

class SigmfAnnotationWriterTest {
    private static final String META = """
            {
              "global": {"core:datatype": "cu8", "core:sample_rate": 2.4e6, "core:version": "1.0.0",
                         "acme:antenna": {"gain_dbi": 2.15, "notes": ["roof", "north"]}},
              "captures": [{"core:sample_start": 0, "core:frequency": 9.81e7}],
              "annotations": [
                {"core:sample_start": 500, "core:sample_count": 100, "core:label": "someone else's"},
                {"core:sample_start": 9000, "core:sample_count": 1, "core:comment": "late"}
              ],
              "acme:extra": [1, 2.50, -0.0e-0]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void ourAnnotationsJoinTheOthersInSampleOrderAndEverythingElseIsKept() throws Exception {
        Path meta = dir.resolve("r.sigmf-meta");
        Files.writeString(meta, META);
        JsonObject before = (JsonObject) JsonParser.parse(META);
        int added = SigmfAnnotationWriter.append(meta, List.of(
                new SigmfAnnotation(1000, 2000, 98_000_000, 98_200_000, "FM 98.10 MHz unlicensed", "probe p1"),
                new SigmfAnnotation(0, 2000, 107_800_000, 108_000_000, "FM 107.90 MHz", "")));
        assertEquals(2, added);
        String text = Files.readString(meta);
        JsonObject after = (JsonObject) JsonParser.parse(text);
        for (String key : List.of("global", "captures", "acme:extra")) {
            assertEquals(before.get(key), after.get(key), key + " unchanged");
        }
        assertTrue(text.contains("2.4e6") && text.contains("9.81e7") && text.contains("-0.0e-0"), text);
        List<JsonValue> annotations = ((JsonArray) after.get("annotations").orElseThrow()).elements();
        assertEquals(List.of("0", "500", "1000", "9000"), annotations.stream()
                .map(a -> ((JsonNumber) ((JsonObject) a).get("core:sample_start").orElseThrow()).literal()).toList());
        JsonObject ours = (JsonObject) annotations.get(2);
        assertEquals(List.of("core:sample_start", "core:sample_count", "core:freq_lower_edge", "core:freq_upper_edge",
                "core:label", "core:comment", "core:generator"), List.copyOf(ours.members().keySet()));
        assertEquals(new JsonNumber("98000000"), ours.get("core:freq_lower_edge").orElseThrow());
        assertEquals(new JsonString("roguewatch"), ours.get("core:generator").orElseThrow());
        assertEquals(before.get("annotations").map(a -> ((JsonArray) a).elements().get(0)).orElseThrow(),
                annotations.get(1), "someone else's annotation untouched");
    }

    @Test
    void aMetaFileThatIsNotJsonIsLeftAloneAndRefused() throws Exception {
        Path meta = dir.resolve("bad.sigmf-meta");
        Files.writeString(meta, "{\"global\": {}, \"annotations\": {}}");
        SigmfException e = assertThrows(SigmfException.class, () -> SigmfAnnotationWriter.append(meta,
                List.of(new SigmfAnnotation(0, 1, 1, 2, "x", ""))));
        assertEquals("sigmf.annotations.invalid", e.reason());
        assertEquals("{\"global\": {}, \"annotations\": {}}", Files.readString(meta));
        Files.writeString(meta, "{\"global\": ");
        assertEquals("sigmf.meta.json", assertThrows(SigmfException.class, () -> SigmfAnnotationWriter.append(meta,
                List.of())).reason());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
