package org.roguewatch.gsm.sms;

import java.util.Objects;
import java.util.Optional;

/** RP-ACK (TS 24.011 7.3.3), optionally carrying an SMS-DELIVER-REPORT or SMS-SUBMIT-REPORT. */
public record RpAck(Direction direction, int messageReference, Optional<Tpdu> tpdu) implements RpMessage {
    public RpAck {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(tpdu, "tpdu");
    }

    @Override
    public int messageType() {
        return direction == Direction.NETWORK_TO_MS ? TYPE_ACK_NETWORK_TO_MS : TYPE_ACK_MS_TO_NETWORK;
    }

    @Override
    public String name() {
        return "RP-ACK (" + direction.label() + ")";
    }
}
