package org.roguewatch.observe;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.capture.FrameRef;

/** Accumulates the sightings of one field while messages are folded. Not thread-safe. */
final class FieldTracker<T> {
    private final List<MutableSighting<T>> sightings = new ArrayList<>(1);
    private T latest;

    private static final class MutableSighting<T> {
        final T value;
        final FrameRef first;
        FrameRef last;
        long count;

        MutableSighting(T value, FrameRef first) {
            this.value = value;
            this.first = first;
            this.last = first;
        }
    }

    void see(T value, FrameRef where) {
        latest = value;
        // Almost every field keeps one value, so the common case is a single comparison.
        for (MutableSighting<T> sighting : sightings) {
            if (sighting.value.equals(value)) {
                sighting.last = where;
                sighting.count++;
                return;
            }
        }
        MutableSighting<T> sighting = new MutableSighting<>(value, where);
        sighting.count = 1;
        sightings.add(sighting);
    }

    FieldHistory<T> snapshot() {
        List<Sighting<T>> out = new ArrayList<>(sightings.size());
        for (MutableSighting<T> sighting : sightings) {
            out.add(new Sighting<>(sighting.value, sighting.first, sighting.last, sighting.count));
        }
        return new FieldHistory<>(out, latest);
    }
}
