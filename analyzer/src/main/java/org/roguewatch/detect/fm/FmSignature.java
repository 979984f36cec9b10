package org.roguewatch.detect.fm;

import org.roguewatch.detect.Signature;
import org.roguewatch.registry.Severity;

/** The fixed description every FM detector carries (as the cell detectors'); subclasses add only their rule. */
public abstract class FmSignature extends Signature implements FmDetector {
    protected FmSignature(String id, int version, Severity severity, String summary, String source) {
        super(id, version, severity, summary, source);
    }
}
