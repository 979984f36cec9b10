package org.roguewatch.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.broadcast.FmAnalysisResult;
import org.roguewatch.broadcast.FmAssessment;
import org.roguewatch.broadcast.FmLocation;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.fm.FmCarrier;
import org.roguewatch.detect.fm.FmFinding;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.spectrumobs.SpectrumObservation;

/** Turns the FM stage's conclusions into the lifecycle's input: one snapshot per carrier heard. */
public final class FmSnapshots {
    private FmSnapshots() {
    }

    /**
     * The identity alerts deduplicate an FM emitter on: its 100 kHz raster channel, which stays put while the
     * estimated carrier frequency wanders by a few kHz between sweeps.
     */
    public static String emitterOf(FmCarrier carrier) {
        return "FM " + carrier.fmChannelHz();
    }

    public static List<EmitterSnapshot> of(FmAnalysisResult fm) {
        Map<FmAssessment, EmitterLocation> located = new IdentityHashMap<>();
        for (FmLocation location : fm.locations()) {
            if (location.geo() != null) {
                located.put(location.assessment(), location.geo());
            }
        }
        List<EmitterSnapshot> out = new ArrayList<>();
        for (FmAssessment assessment : fm.carriers()) {
            FmCarrier carrier = assessment.carrier();
            Instant first = null;
            Instant last = null;
            for (SpectrumObservation observation : carrier.observations()) {
                first = Times.earlier(first, observation.firstSeen());
                last = Times.later(last, observation.lastSeen());
            }
            List<Finding> findings = assessment.findings().stream().map(FmSnapshots::finding).toList();
            out.add(new EmitterSnapshot(emitterOf(carrier), "FM", carrier.label(), assessment.verdict(),
                    assessment.score(), findings, located.get(assessment), first, last));
        }
        return out;
    }

    /** An FM finding in the alert's finding shape: no cell, since the alert itself names the carrier. */
    private static Finding finding(FmFinding finding) {
        return new Finding(finding.signature(), finding.detectorVersion(), finding.severity(), finding.weight(), null,
                finding.summary(), finding.evidence());
    }
}
