package org.roguewatch.sim.scenario;

import java.util.List;

/**
 * A GSM cell of the scenario, legitimate or rogue: identity, BCCH carrier, radiated power and
 * position, broadcast parameters and BA list.
 *
 * @param bsic       NCC x 8 + BCC (0..63)
 * @param neighbours the BA list of SI2, ascending
 * @param behaviour  what it does to phones camped on it (rogue cells), or {@code null}
 */
public record GsmCell(String id, boolean rogue, List<String> rogueReasons, String mcc, String mnc, int lac, int ci,
                      int arfcn, int bsic, double eirpDbm, Antenna antenna, double heightM, Track track,
                      Schedule schedule, SiParameters si, List<Integer> neighbours, RogueBehaviour behaviour,
                      String site) implements Emitter {
    public GsmCell {
        rogueReasons = List.copyOf(rogueReasons);
        neighbours = List.copyOf(neighbours);
    }

    @Override
    public Radio radio() {
        return Radio.GSM;
    }

    @Override
    public long frequencyHz() {
        return GsmBands.downlinkHz(arfcn);
    }

    @Override
    public String channelKey() {
        return "GSM " + arfcn;
    }

    /** MCC-MNC-LAC-CI, as reports write a GSM cell. */
    public String cgi() {
        return mcc + "-" + mnc + "-" + lac + "-" + ci;
    }

    public GsmCell withNeighbours(List<Integer> arfcns) {
        return new GsmCell(id, rogue, rogueReasons, mcc, mnc, lac, ci, arfcn, bsic, eirpDbm, antenna, heightM, track,
                schedule, si, arfcns, behaviour, site);
    }
}
