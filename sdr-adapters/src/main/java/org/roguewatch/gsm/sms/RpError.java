package org.roguewatch.gsm.sms;

import java.util.Objects;
import java.util.Optional;

/**
 * RP-ERROR (TS 24.011 7.3.4).
 *
 * @param cause      RP-Cause value, bits 7-1 of the cause octet (8.2.5.4, Table 8.4)
 * @param diagnostic the diagnostic field octets after the cause, if any
 * @param tpdu       the RP-User Data TPDU, if any
 */
public record RpError(Direction direction, int messageReference, int cause, OctetString diagnostic,
        Optional<Tpdu> tpdu) implements RpMessage {

    public RpError {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(diagnostic, "diagnostic");
        Objects.requireNonNull(tpdu, "tpdu");
    }

    @Override
    public int messageType() {
        return direction == Direction.NETWORK_TO_MS ? TYPE_ERROR_NETWORK_TO_MS : TYPE_ERROR_MS_TO_NETWORK;
    }

    @Override
    public String name() {
        return "RP-ERROR (" + direction.label() + ")";
    }
}
