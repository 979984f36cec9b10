package org.roguewatch.detect.lte;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ParameterSpec;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.ArfcnList;
import org.roguewatch.observe.LteFields;
import org.roguewatch.registry.Severity;

/**
 * LTE-INCOMPLETE-SIB: a SIB1 whose scheduling list (TS 36.331 6.2.2 schedulingInfoList) broadcasts
 * nothing beyond SIB2 — no SIB3 reselection, no neighbours. Minimal rogue software sends SIB1 and
 * SIB2 only. Counted in SIB types, not in list entries: one SI message may carry SIB2 and SIB3
 * (a lab srsENB does exactly that), which is complete.
 */
public final class LteIncompleteSib extends SignatureDetector {
    public LteIncompleteSib() {
        super("LTE-INCOMPLETE-SIB", 1, Severity.LOW,
                "SIB1 schedules fewer SIB types than a real cell (only SIB2)",
                "Rayhunter \"Incomplete SIB\"; TS 36.331 5.2.1.2, 6.2.2 SystemInformationBlockType1");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("minSibTypes", 2, 1, 32,
                "fewest SIB types (SIB2 included) a cell's SIB1 must schedule"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        ArfcnList scheduled = cell.latest(LteFields.SCHEDULED_SIBS);
        int minimum = settings.integer("minSibTypes");
        if (scheduled == null || scheduled.size() >= minimum) {
            return List.of();
        }
        // SIB2 always rides in the first SI message, unlisted (TS 36.331 5.2.1.2); the evidence is the
        // number of SIB types SIB1's sib-MappingInfo lists, as tshark counts its items.
        int mapped = scheduled.size() - (scheduled.contains(2) ? 1 : 0);
        List<Evidence> evidence = new ArrayList<>();
        for (Evidence sighting : cell.evidence(LteFields.SCHEDULED_SIBS, null)) {
            evidence.add(new Evidence(sighting.probe(), sighting.source(), sighting.frame(), sighting.time(),
                    "lte-rrc.sib_MappingInfo", mapped, "at least " + (minimum - 1) + " SIB types besides SIB2"));
        }
        return oneFinding(cell, settings, "SIB1 schedules only " + scheduled.toList(), evidence);
    }
}
