package org.roguewatch.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.roguewatch.analyze.AnalysisResult;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.CellRef;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.locate.TargetLocation;
import org.roguewatch.locate.report.EmitterLocation;
import org.roguewatch.observe.CellObservation;

/** Turns an analysis into the lifecycle's input: one snapshot per assessed cell, with its location if found. */
public final class Snapshots {
    private Snapshots() {
    }

    /** The emitter identity alerts deduplicate on for a cell: radio, identity and channel. */
    public static String emitterOf(CellRef cell) {
        return cell.radio() + " " + cell;
    }

    public static List<EmitterSnapshot> of(AnalysisResult result) {
        Map<CellAssessment, EmitterLocation> located = new IdentityHashMap<>();
        if (result.located() != null) {
            for (TargetLocation target : result.located().targets()) {
                if (target.geo() != null) {
                    located.put(target.assessment(), target.geo());
                }
            }
        }
        List<EmitterSnapshot> out = new ArrayList<>();
        for (CellAssessment assessment : result.assessments()) {
            CellRef ref = assessment.cell().ref();
            Instant first = null;
            Instant last = null;
            for (CellObservation observation : assessment.cell().observations()) {
                first = Times.earlier(first, observation.firstSeen());
                last = Times.later(last, observation.lastSeen());
            }
            for (Finding finding : assessment.findings()) {
                for (Evidence evidence : finding.evidence()) {
                    first = Times.earlier(first, evidence.time());
                }
            }
            out.add(new EmitterSnapshot(emitterOf(ref), ref.radio().name(), ref.toString(), assessment.verdict(),
                    assessment.score(), assessment.findings(), located.get(assessment), first, last));
        }
        return out;
    }
}
