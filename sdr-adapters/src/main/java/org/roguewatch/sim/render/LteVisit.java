package org.roguewatch.sim.render;

import java.util.List;

/**
 * One UE's RRC connection to a rogue LTE cell, with what was done to it. Nothing after the setup is
 * ciphered (the catcher has no key), so a probe that hears the cell can read all of it.
 *
 * @param emitter           the rogue's id
 * @param offsetNanos       when RRCConnectionSetup was sent
 * @param identityRequests  NAS identity types asked for, in order
 * @param nullSecurity      NAS and RRC Security Mode Command with EEA0/EIA0 were sent
 * @param attachRejectCause EMM cause of the Attach Reject, or {@code null} when none was sent
 * @param redirectArfcn     GSM ARFCN the release redirected the UE to, or {@code null}
 */
public record LteVisit(String emitter, long offsetNanos, List<String> identityRequests, boolean nullSecurity,
                       Integer attachRejectCause, Integer redirectArfcn) implements TruthEvent {
    public LteVisit {
        identityRequests = List.copyOf(identityRequests);
    }
}
