package org.roguewatch.gsm.rr;

/** Channel Release (TS 44.018 9.1.7). @param rrCause RR cause (10.5.2.31), 0 = normal event */
public record ChannelRelease(int rrCause) implements RrMessage {
    @Override
    public String name() {
        return "Channel Release";
    }

    @Override
    public String info() {
        return "RR cause " + rrCause;
    }
}
