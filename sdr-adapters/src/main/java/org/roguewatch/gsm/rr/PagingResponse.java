package org.roguewatch.gsm.rr;

import org.roguewatch.gsm.MobileIdentity;

/**
 * Paging Response (TS 44.018 9.1.25), uplink: the phone's first message on the dedicated channel
 * after being paged. A transaction that starts with it and ends in Channel Release with nothing in
 * between is an "empty paging" (a catcher locating a subscriber).
 */
public record PagingResponse(int cipheringKeySequence, MobileIdentity identity) implements RrMessage {
    @Override
    public String name() {
        return "Paging Response";
    }

    @Override
    public String info() {
        return identity.toString();
    }
}
