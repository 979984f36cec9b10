package org.roguewatch.sim.scenario;

import java.util.List;
import org.roguewatch.lte.nas.IdentityType2;

/**
 * What a rogue LTE cell does to the UEs that camp on it: each one's RRC connection (its attach) is
 * answered with the identity requests, optionally a null security mode, an Attach Reject and/or a
 * release redirecting it to GSM ({@link LteCell#redirectArfcn()}); and whom it pages by IMSI.
 *
 * @param phonesPerMinute     UEs served per minute while the cell is on (Poisson arrivals)
 * @param identityRequests    NAS identities asked for, in order (IMSI, IMEI, IMEISV), never followed by
 *                            authentication: the catcher holds no subscriber key
 * @param nullSecurity        NAS and RRC Security Mode Command selecting EEA0/EIA0 (TS 33.401 5.1.4.2
 *                            allows EIA0 only for unauthenticated emergency calls)
 * @param attachRejectCause   EMM cause of an Attach Reject (TS 24.301 9.9.3.9), or {@code null} for none
 * @param pagingImsis         IMSIs paged in clear (PagingUE-Identity imsi), in turn
 * @param imsiPagingPerMinute paging records per minute, cycling through {@code pagingImsis}
 */
public record LteRogueBehaviour(double phonesPerMinute, List<IdentityType2> identityRequests, boolean nullSecurity,
                                Integer attachRejectCause, List<String> pagingImsis, double imsiPagingPerMinute) {
    public LteRogueBehaviour {
        identityRequests = List.copyOf(identityRequests);
        pagingImsis = List.copyOf(pagingImsis);
    }
}
