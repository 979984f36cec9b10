package org.roguewatch.spectrum.sigmf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.roguewatch.spectrum.json.JsonException;
import org.roguewatch.spectrum.json.JsonParser;
import org.roguewatch.spectrum.json.JsonValue;
import org.roguewatch.spectrum.json.JsonValue.JsonArray;
import org.roguewatch.spectrum.json.JsonValue.JsonNumber;
import org.roguewatch.spectrum.json.JsonValue.JsonObject;
import org.roguewatch.spectrum.json.JsonWriter;

/**
 * Adds annotations to a {@code .sigmf-meta} file and keeps everything else in it: other members,
 * their order, number spellings, and annotations written by others. Annotations equal to ones
 * already there are not added twice, so running the analysis again changes nothing. The array is
 * kept sorted by core:sample_start, as SigMF requires (stable, so equal starts keep their order).
 * The file is replaced atomically (written beside it, then moved), so a crash leaves the old or the
 * new file, never half of one.
 */
public final class SigmfAnnotationWriter {
    private SigmfAnnotationWriter() {
    }

    /**
     * @return how many annotations were added
     * @throws SigmfException when the file is not valid JSON or its "annotations" is not an array
     */
    public static int append(Path metaFile, List<SigmfAnnotation> annotations) throws SigmfException, IOException {
        Path meta = SigmfRecording.sibling(metaFile, SigmfRecording.META_SUFFIX);
        String text = SigmfRecording.readMeta(meta);
        JsonValue root;
        try {
            root = JsonParser.parse(text);
        } catch (JsonException e) {
            throw new SigmfException("sigmf.meta.json", meta + ": not valid JSON: " + e.getMessage());
        }
        if (!(root instanceof JsonObject document)) {
            throw new SigmfException("sigmf.meta.json", meta + ": top level is a JSON " + root.kind() + ", not an object");
        }
        Optional<JsonValue> existing = document.get("annotations");
        if (existing.isPresent() && !(existing.get() instanceof JsonArray)) {
            throw new SigmfException("sigmf.annotations.invalid", meta + ": \"annotations\" is a JSON "
                    + existing.get().kind() + ", not an array");
        }
        List<JsonValue> merged = new ArrayList<>(existing.map(v -> ((JsonArray) v).elements()).orElse(List.of()));
        int added = 0;
        for (SigmfAnnotation annotation : annotations) {
            JsonObject json = annotation.toJson();
            if (!merged.contains(json)) {
                merged.add(json);
                added++;
            }
        }
        if (added == 0 && existing.isPresent()) {
            return 0;
        }
        merged.sort(Comparator.comparing(SigmfAnnotationWriter::sampleStart));
        String out = JsonWriter.write(document.with("annotations", new JsonArray(merged)));
        Path temporary = Files.createTempFile(meta.toAbsolutePath().getParent(), meta.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, out, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, meta, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, meta, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return added;
    }

    /** An annotation's core:sample_start; 0 when absent or not a number, so odd entries sort first and stay. */
    private static BigDecimal sampleStart(JsonValue annotation) {
        if (annotation instanceof JsonObject o && o.get("core:sample_start").orElse(null) instanceof JsonNumber n) {
            return n.decimalValue();
        }
        return BigDecimal.ZERO;
    }
}
