package org.roguewatch.sim.scenario;

import java.util.List;

/**
 * An LTE cell of the scenario. Loaded and validated now; rendered once the LTE encoders exist.
 *
 * @param pci           physical cell id, or {@code null} when the plan leaves it out
 * @param redirectArfcn GSM ARFCN a rogue redirects phones to (RRCConnectionRelease), or {@code null}
 */
public record LteCell(String id, boolean rogue, List<String> rogueReasons, String mcc, String mnc, int tac, long eci,
                      int earfcn, Integer pci, double eirpDbm, Antenna antenna, double heightM, Track track,
                      Schedule schedule, Integer redirectArfcn, String site) implements Emitter {
    public LteCell {
        rogueReasons = List.copyOf(rogueReasons);
    }

    @Override
    public Radio radio() {
        return Radio.LTE;
    }

    @Override
    public long frequencyHz() {
        return LteBands.downlinkHz(earfcn);
    }

    @Override
    public String channelKey() {
        return "LTE " + earfcn;
    }
}
