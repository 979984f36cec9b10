package org.roguewatch.detect;

import java.time.Instant;

/**
 * One fact behind a finding, checkable in Wireshark: open {@code source}, go to {@code frame},
 * and the field {@code field} (a tshark field name) shows {@code value}.
 *
 * @param probe    the probe that heard it
 * @param source   capture file or stream
 * @param frame    1-based frame number, or 0 when the fact is not one frame's (a count, an absence)
 * @param time     capture time of the frame, or null
 * @param field    tshark field name, or a descriptive name when tshark has none
 * @param value    what was observed
 * @param expected what the plan, baseline or threshold expected, or null
 */
public record Evidence(String probe, String source, long frame, Instant time, String field, Object value,
                       Object expected) {
}
