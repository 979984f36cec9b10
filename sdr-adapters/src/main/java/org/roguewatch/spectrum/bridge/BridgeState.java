package org.roguewatch.spectrum.bridge;

/** What the bridge's tool is doing, as reported in each {@link BridgeStatus}. */
public enum BridgeState {
    /** The process was started; rows follow if a radio answers. */
    STARTED("started"),
    /** The tool found no radio (rtl_power: "No supported devices found."; hackrf_sweep: "hackrf_open() failed: ... not found (-5)"). */
    NO_DEVICE("no device"),
    /** A radio is there but could not be opened (busy, permissions, USB claim failed). */
    DEVICE_UNAVAILABLE("device unavailable"),
    /** The program could not be started at all (not installed, not executable). */
    NOT_STARTED("could not start"),
    /** The process ended for another reason (one-shot run finished, crash, bad arguments). */
    EXITED("exited"),
    /** {@link SweepProcessBridge#close()} was called; no more restarts. */
    STOPPED("stopped");

    private final String words;

    BridgeState(String words) {
        this.words = words;
    }

    /** Lower-case words for one-line status messages. */
    public String words() {
        return words;
    }

    /** Whether this state ends a run that will be retried. */
    public boolean isFailure() {
        return this == NO_DEVICE || this == DEVICE_UNAVAILABLE || this == NOT_STARTED || this == EXITED;
    }
}
