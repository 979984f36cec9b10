package org.roguewatch.observe;

import java.util.List;

/** The values one field took, in order of first appearance; the last-seen value is {@link #latest()}. */
public record FieldHistory<T>(List<Sighting<T>> sightings, T latest) {
    public FieldHistory {
        sightings = List.copyOf(sightings);
    }

    /** The frame that first carried the latest value. */
    public Sighting<T> latestSighting() {
        for (Sighting<T> sighting : sightings) {
            if (sighting.value().equals(latest)) {
                return sighting;
            }
        }
        throw new IllegalStateException("latest value has no sighting");
    }

    public boolean changed() {
        return sightings.size() > 1;
    }
}
