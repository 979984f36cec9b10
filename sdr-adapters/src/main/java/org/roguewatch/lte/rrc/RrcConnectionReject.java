package org.roguewatch.lte.rrc;

/**
 * RRCConnectionReject (TS 36.331 6.2.2), DL-CCCH.
 *
 * @param waitTimeSeconds         waitTime, 1..16 s
 * @param extendedWaitTimeSeconds the Rel-10 extendedWaitTime-r10 (1..1800 s), or null when absent
 */
public record RrcConnectionReject(int waitTimeSeconds, Integer extendedWaitTimeSeconds) implements DedicatedRrcMessage {

    public RrcConnectionReject(int waitTimeSeconds) {
        this(waitTimeSeconds, null);
    }

    @Override
    public String name() {
        return "RRCConnectionReject";
    }

    @Override
    public String info() {
        return "waitTime=" + waitTimeSeconds + "s"
                + (extendedWaitTimeSeconds == null ? "" : " extendedWaitTime=" + extendedWaitTimeSeconds + "s");
    }
}
