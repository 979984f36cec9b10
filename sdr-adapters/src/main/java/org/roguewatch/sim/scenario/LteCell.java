package org.roguewatch.sim.scenario;

import java.util.List;

/**
 * An LTE cell of the scenario, legitimate or rogue: identity (ECGI and TAC), downlink carrier,
 * radiated power and position, what it broadcasts about reselection, and for a rogue what it does
 * to the UEs it catches.
 *
 * @param eci             E-UTRAN cell identity, 28 bits (eNB id x 256 + cell id)
 * @param earfcn          downlink EARFCN, at most {@link LteBands#GSMTAP_MAX_EARFCN}
 * @param pci             physical cell id, or {@code null} when the plan leaves it out (GSMTAP does not
 *                        carry it: the probes never see it)
 * @param redirectArfcn   GSM ARFCN a rogue redirects UEs to (RRCConnectionRelease), or {@code null}
 * @param parameters      reselection priorities and traffic
 * @param eutraNeighbours SIB5 inter-frequency carriers (EARFCN), ascending
 * @param geranNeighbours SIB7 GERAN carriers (ARFCN), ascending
 * @param behaviour       what it does to UEs (rogue cells), or {@code null}
 */
public record LteCell(String id, boolean rogue, List<String> rogueReasons, String mcc, String mnc, int tac, long eci,
                      int earfcn, Integer pci, double eirpDbm, Antenna antenna, double heightM, Track track,
                      Schedule schedule, Integer redirectArfcn, String site, LteParameters parameters,
                      List<Integer> eutraNeighbours, List<Integer> geranNeighbours, LteRogueBehaviour behaviour)
        implements Emitter {
    public LteCell {
        rogueReasons = List.copyOf(rogueReasons);
        eutraNeighbours = List.copyOf(eutraNeighbours);
        geranNeighbours = List.copyOf(geranNeighbours);
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

    /** MCC-MNC-TAC-ECI, as reports write an LTE cell. */
    public String ecgi() {
        return mcc + "-" + mnc + "-" + tac + "-" + eci;
    }

    public LteCell withNeighbours(List<Integer> eutra, List<Integer> geran) {
        return new LteCell(id, rogue, rogueReasons, mcc, mnc, tac, eci, earfcn, pci, eirpDbm, antenna, heightM, track,
                schedule, redirectArfcn, site, parameters, eutra, geran, behaviour);
    }

    public LteCell withReasons(List<String> reasons) {
        return new LteCell(id, rogue, reasons, mcc, mnc, tac, eci, earfcn, pci, eirpDbm, antenna, heightM, track,
                schedule, redirectArfcn, site, parameters, eutraNeighbours, geranNeighbours, behaviour);
    }
}
