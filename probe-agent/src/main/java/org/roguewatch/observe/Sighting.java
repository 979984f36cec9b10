package org.roguewatch.observe;

import org.roguewatch.capture.FrameRef;

/**
 * One value a field took, with the first and last frames that carried it and how many did.
 * A field that takes several values over a capture (a cell that changed its T3212, or two cells
 * on one ARFCN) has several sightings.
 */
public record Sighting<T>(T value, FrameRef first, FrameRef last, long count) {
}
