package org.roguewatch.store;

import org.roguewatch.locate.report.EmitterLocation;

/** A located emitter as stored, under the emitter identity its alert uses. */
public record StoredLocation(String emitter, EmitterLocation location) {
}
