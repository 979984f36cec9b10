package org.roguewatch.detect.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.detect.IdentityFields;
import org.roguewatch.observe.Sighting;
import org.roguewatch.registry.Severity;

/**
 * TRANSIENT-CELL: a cell that appears and disappears within hours while the probe kept hearing
 * the network around it — network cells are on day and night; a car-borne blaster passes by.
 */
public final class TransientCell extends SignatureDetector {
    public TransientCell() {
        super("TRANSIENT-CELL", 1, Severity.MEDIUM, "a cell that appears and disappears within hours",
                "SeaGlass temporary towers; FBS-Radar (mobile FBS in cars)");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("maxLifetimeMinutes", 360, 1, 100_000, "cells heard for at most this long..."),
                ParameterSpec.integer("marginMinutes", 10, 1, 100_000,
                        "...that the probe did not hear for at least this long before and after"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        Duration maxLifetime = Duration.ofMinutes(settings.integer("maxLifetimeMinutes"));
        Duration margin = Duration.ofMinutes(settings.integer("marginMinutes"));
        List<Evidence> evidence = null;
        for (CellObservation observation : cell.observations()) {
            Instant probeFirst = context.probeFirstSeen(observation.probeId());
            Instant probeLast = context.probeLastSeen(observation.probeId());
            if (observation.firstSeen() == null || probeFirst == null) {
                continue;
            }
            long first = observation.firstSeen().toEpochMilli();
            long last = observation.lastSeen().toEpochMilli();
            boolean appeared = first - probeFirst.toEpochMilli() >= margin.toMillis();
            boolean vanished = probeLast.toEpochMilli() - last >= margin.toMillis();
            if (appeared && vanished && last - first <= maxLifetime.toMillis()) {
                if (evidence == null) {
                    evidence = new ArrayList<>(2);
                }
                String expected = "on the air throughout " + probeFirst + " .. " + probeLast;
                FieldHistory<Integer> ci = observation.history(IdentityFields.cell(observation.radio()));
                if (ci != null) {
                    Sighting<Integer> sighting = ci.latestSighting();
                    evidence.add(new Evidence(observation.probeId(), sighting.first().source(), sighting.first().frame(),
                            sighting.first().time(), "frame.time", "first heard " + observation.firstSeen(), expected));
                    evidence.add(new Evidence(observation.probeId(), sighting.last().source(), sighting.last().frame(),
                            sighting.last().time(), "frame.time", "last heard " + observation.lastSeen(), expected));
                } else {
                    evidence.add(new Evidence(observation.probeId(), null, 0, observation.firstSeen(), "frame.time",
                            "heard only " + observation.firstSeen() + " .. " + observation.lastSeen(), expected));
                }
            }
        }
        return evidence == null ? List.of()
                : oneFinding(cell, settings, "cell appeared and vanished within hours", evidence);
    }
}
