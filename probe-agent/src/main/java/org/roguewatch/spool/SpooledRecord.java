package org.roguewatch.spool;

import org.roguewatch.uplink.RecordType;

/** A record as stored: its sequence, its batch type and its encoded payload. */
public record SpooledRecord(long sequence, RecordType type, byte[] payload) {
}
