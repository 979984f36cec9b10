package org.roguewatch.sim.scenario;

import java.util.List;
import org.roguewatch.gsm.MobileIdentity;

/**
 * What a rogue GSM cell does to the phones that camp on it: each one is taken through an SDCCH
 * transaction (location update, identity requests, ciphering mode command, the SMS, reject or
 * accept, release).
 *
 * @param phonesPerMinute  phones served per minute while the cell is on (Poisson arrivals)
 * @param identityRequests identities asked for, in order (IMSI, IMEI, IMEISV)
 * @param cipherAlgorithm  A5 algorithm commanded, 0 = no ciphering
 * @param luRejectCause    location updating reject cause, or {@code null} to accept
 * @param smsText          SMS-DELIVER text, or {@code null} for no SMS
 * @param smsSender        TP-OA of the SMS: digits or an alphanumeric name
 * @param smsServiceCentre RP originator (service centre) digits, international
 */
public record RogueBehaviour(double phonesPerMinute, List<MobileIdentity.Type> identityRequests, int cipherAlgorithm,
                             Integer luRejectCause, String smsText, String smsSender, String smsServiceCentre) {
    public RogueBehaviour {
        identityRequests = List.copyOf(identityRequests);
    }
}
