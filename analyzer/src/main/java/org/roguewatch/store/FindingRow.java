package org.roguewatch.store;

/** One finding on an emitter; {@code evidenceJson} is its evidence array as JSON. */
public record FindingRow(String emitter, String signature, int detectorVersion, String severity, double weight,
                         String summary, String evidenceJson) {
}
