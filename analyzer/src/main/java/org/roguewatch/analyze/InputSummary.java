package org.roguewatch.analyze;

/** One analysed input and how many packets it held. */
public record InputSummary(String file, String format, long packets) {
}
