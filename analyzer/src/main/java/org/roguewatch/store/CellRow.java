package org.roguewatch.store;

import java.time.Instant;

/** A cell or carrier as last assessed; {@code doc} is its JSON (the report's {@code cell} line shape). */
public record CellRow(String emitter, String radio, String target, String verdict, double score, Instant lastHeard,
                      String doc) {
}
