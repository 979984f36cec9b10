package org.roguewatch.ingest;

import org.roguewatch.broadcast.FmAnalysisResult;

/**
 * Told after every periodic detection run that had spectrum observations to judge: the hook for
 * FM alerts (e.g. {@code alert.Snapshots} turns rogue carriers into emitter snapshots of radio "FM").
 */
public interface FmDetectionListener {
    void detected(FmAnalysisResult fm);
}
