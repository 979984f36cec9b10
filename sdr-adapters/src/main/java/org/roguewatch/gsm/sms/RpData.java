package org.roguewatch.gsm.sms;

import java.util.Objects;
import java.util.Optional;

/**
 * RP-DATA (TS 24.011 7.3.1): carries a TPDU between the MS and the service centre, whose address
 * is the RP-Originator Address towards the MS and the RP-Destination Address from it (8.2.5.1/2).
 */
public record RpData(Direction direction, int messageReference, Optional<Address> originatorAddress,
        Optional<Address> destinationAddress, Tpdu tpdu) implements RpMessage {

    public RpData {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(originatorAddress, "originatorAddress");
        Objects.requireNonNull(destinationAddress, "destinationAddress");
        Objects.requireNonNull(tpdu, "tpdu");
    }

    /** The service centre: the RP originator towards the MS, the RP destination from it. */
    public Optional<Address> serviceCentre() {
        return direction == Direction.NETWORK_TO_MS ? originatorAddress : destinationAddress;
    }

    @Override
    public int messageType() {
        return direction == Direction.NETWORK_TO_MS ? TYPE_DATA_NETWORK_TO_MS : TYPE_DATA_MS_TO_NETWORK;
    }

    @Override
    public String name() {
        return "RP-DATA (" + direction.label() + ")";
    }
}
