package org.roguewatch.ingest;

import java.util.List;
import org.roguewatch.analyze.AnalysisResult;

/** Told after every periodic detection run: the hook for alerting, storage or an API. */
public interface DetectionListener {
    /**
     * @param result        the run as an analysis (the same the JSON-lines report was written from)
     * @param fleet         the probe registry's view of every probe at the run
     * @param probeFindings PROBE-SILENT findings of the run
     */
    void detected(AnalysisResult result, List<ProbeStatus> fleet, List<ProbeFinding> probeFindings);
}
