package org.roguewatch.gsm.sms;

import java.util.Objects;

/**
 * A TPDU this decoder names but does not take apart (SMS-DELIVER-REPORT, SMS-SUBMIT-REPORT,
 * SMS-COMMAND), kept as sent so nothing is lost.
 */
public record OtherTpdu(int messageTypeIndicator, Direction direction, OctetString octets) implements Tpdu {
    public OtherTpdu {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(octets, "octets");
    }

    @Override
    public String name() {
        // TS 23.040 9.2.3.1: the same TP-MTI names a different TPDU in each direction.
        return switch (messageTypeIndicator) {
            case MTI_DELIVER -> direction == Direction.NETWORK_TO_MS ? "SMS-DELIVER" : "SMS-DELIVER REPORT";
            case MTI_SUBMIT -> direction == Direction.NETWORK_TO_MS ? "SMS-SUBMIT REPORT" : "SMS-SUBMIT";
            case MTI_STATUS_REPORT -> direction == Direction.NETWORK_TO_MS ? "SMS-STATUS REPORT" : "SMS-COMMAND";
            default -> "Reserved";
        };
    }
}
