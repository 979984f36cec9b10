package org.roguewatch.probe;

/** Told how far a capture replay has got, so long work can show progress. */
@FunctionalInterface
public interface ReplayProgress {
    ReplayProgress NONE = (source, packets, done) -> { };

    /**
     * @param source  the capture being read
     * @param packets packets read so far from it
     * @param done    true once, after the last packet
     */
    void update(String source, long packets, boolean done);
}
