package org.roguewatch.broadcast;

import java.nio.file.Path;

/** A spectrum file and the probe that recorded it. */
public record SpectrumInput(String probeId, Path file, InputKind kind) {
}
