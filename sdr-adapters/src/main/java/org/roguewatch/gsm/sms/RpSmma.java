package org.roguewatch.gsm.sms;

/** RP-SMMA (TS 24.011 7.3.2): the MS has memory for short messages again. */
public record RpSmma(int messageReference) implements RpMessage {
    @Override
    public Direction direction() {
        return Direction.MS_TO_NETWORK;
    }

    @Override
    public int messageType() {
        return TYPE_SMMA_MS_TO_NETWORK;
    }

    @Override
    public String name() {
        return "RP-SMMA (MS to Network)";
    }
}
