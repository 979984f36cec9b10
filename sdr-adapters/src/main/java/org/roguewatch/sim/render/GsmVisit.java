package org.roguewatch.sim.render;

import java.util.List;

/**
 * One phone taken through a rogue GSM cell's dedicated-channel transaction, with what was done to it.
 *
 * @param emitter          the rogue's id
 * @param offsetNanos      when the immediate assignment was sent
 * @param subChannel       SDCCH/8 sub-channel used (timeslot 1)
 * @param tmsi             the phone's TMSI in its Location Updating Request
 * @param identityRequests identity types asked for
 * @param cipherAlgorithm  A5 algorithm commanded (0 none)
 * @param visibleToProbes  false when ciphering started, so what followed it is not decodable
 * @param smsParts         SMS-DELIVER parts sent (0 when none or ciphered)
 * @param luRejectCause    reject cause, or {@code null} when accepted
 */
public record GsmVisit(String emitter, long offsetNanos, int subChannel, long tmsi, List<String> identityRequests,
                       int cipherAlgorithm, boolean visibleToProbes, int smsParts, Integer luRejectCause)
        implements TruthEvent {
    public GsmVisit {
        identityRequests = List.copyOf(identityRequests);
    }
}
