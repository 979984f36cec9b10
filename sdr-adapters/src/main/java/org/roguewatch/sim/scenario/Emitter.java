package org.roguewatch.sim.scenario;

import java.util.List;

/**
 * Anything that transmits in a scenario. Each radio has its record and, in
 * {@code org.roguewatch.sim.render}, its renderer.
 */
public sealed interface Emitter permits GsmCell, LteCell, FmStation {
    /** Unique within the scenario: the section id, or the generated/plan cell's name. */
    String id();

    Radio radio();

    Track track();

    Schedule schedule();

    /** Effective isotropic radiated power at boresight, dBm. */
    double eirpDbm();

    Antenna antenna();

    double heightM();

    /** Centre of the emission, Hz. */
    long frequencyHz();

    /** Emitters with the same channel key interfere with each other at a receiver. */
    String channelKey();

    /** Placed by the scenario as a rogue (fake cell, unlicensed station). */
    boolean rogue();

    /** Why it is rogue, one short phrase each; empty for legitimate emitters. */
    List<String> rogueReasons();

    /**
     * Emitters sharing a site key share their shadowing field (three sectors of one mast see the
     * same buildings). Moving emitters use their own id.
     */
    String site();
}
