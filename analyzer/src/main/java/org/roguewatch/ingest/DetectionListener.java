package org.roguewatch.ingest;

import java.util.List;
import org.roguewatch.detect.DetectionSetup;

/** Told after every periodic detection run: the hook for alerting, storage or an API. */
public interface DetectionListener {
    void detected(DetectionSetup.Detection detection, List<ProbeFinding> probeFindings);
}
