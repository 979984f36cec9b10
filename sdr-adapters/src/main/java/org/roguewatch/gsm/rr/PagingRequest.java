package org.roguewatch.gsm.rr;

import java.util.List;
import org.roguewatch.gsm.MobileIdentity;

/**
 * Paging Request Type 1, 2 or 3 (TS 44.018 9.1.22-9.1.24). Paging by IMSI instead of TMSI exposes
 * the subscriber and is a catcher's habit.
 *
 * @param type        1, 2 or 3
 * @param pageMode    page mode code (10.5.2.26)
 * @param identities  the paged identities, in message order (the "no identity" filler excluded)
 */
public record PagingRequest(int type, int pageMode, List<MobileIdentity> identities) implements RrMessage {
    public PagingRequest {
        identities = List.copyOf(identities);
    }

    @Override
    public String name() {
        return "Paging Request Type " + type;
    }

    @Override
    public String info() {
        return identities.isEmpty() ? "" : identities.toString();
    }
}
