package org.roguewatch.spool;

import java.time.Duration;

/**
 * What opening the spool found.
 *
 * @param segments       segment files scanned
 * @param records        valid records kept
 * @param truncatedBytes bytes cut off torn or corrupt tails
 * @param took           how long the scan took
 */
public record Recovery(int segments, long records, long truncatedBytes, Duration took) {
}
