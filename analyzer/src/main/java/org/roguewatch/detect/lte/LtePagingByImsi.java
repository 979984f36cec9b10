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
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.LteFields;
import org.roguewatch.observe.Sighting;
import org.roguewatch.registry.Severity;

/**
 * LTE-PAGING-BY-IMSI: paging records addressed by IMSI rather than S-TMSI (TS 36.331 6.2.2
 * PagingUE-Identity). A network pages by IMSI only to recover from a lost context (TS 24.301
 * 5.6.2.2.2), rarely; a catcher pages by IMSI to test whether a known subscriber is in the area,
 * and the IMSI then crosses the air in clear.
 */
public final class LtePagingByImsi extends SignatureDetector {
    private static final int MAX_EVIDENCE = 20;

    public LtePagingByImsi() {
        super("LTE-PAGING-BY-IMSI", 1, Severity.MEDIUM, "paging records addressed by IMSI instead of S-TMSI",
                "Marlin; Rayhunter diagnostic; TS 36.331 6.2.2 PagingUE-Identity; TS 24.301 5.6.2.2.2");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("minImsis", 1, 1, 1_000_000,
                "distinct IMSIs paged before the cell is flagged"));
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        if (!cell.heard(LteFields.PAGED_IMSI)) {
            return List.of();
        }
        long imsis = cell.observations().stream().map(o -> o.history(LteFields.PAGED_IMSI)).filter(h -> h != null)
                .flatMap(h -> h.sightings().stream()).map(Sighting::value).distinct().count();
        if (imsis < settings.integer("minImsis")) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        for (CellObservation observation : cell.observations()) {
            FieldHistory<String> history = observation.history(LteFields.PAGED_IMSI);
            if (history == null) {
                continue;
            }
            for (Sighting<String> sighting : history.sightings()) {
                if (evidence.size() == MAX_EVIDENCE) {
                    break;
                }
                evidence.add(new Evidence(observation.probeId(), sighting.first().source(), sighting.first().frame(),
                        sighting.first().time(), LteFields.PAGED_IMSI.tsharkField(), sighting.value(),
                        "S-TMSI paging"));
            }
        }
        return oneFinding(cell, settings, imsis + " IMSI(s) paged in clear", evidence);
    }
}
