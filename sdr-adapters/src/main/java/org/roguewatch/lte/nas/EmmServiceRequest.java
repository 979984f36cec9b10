package org.roguewatch.lte.nas;

/**
 * Service request (TS 24.301 8.2.25): not a standard L3 message but its own security header
 * (type 12), so it only ever travels as a {@link NasPdu} whose sequence number is the 5-bit short
 * one (KSI and sequence number, 9.9.3.19).
 *
 * @param nasKsi   the KSI (3 bits)
 * @param shortMac the short MAC (9.9.3.28), 16 bits
 */
public record EmmServiceRequest(int nasKsi, int shortMac) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.SERVICE_REQUEST;
    }

    @Override
    public String info() {
        return String.format("KSI %d, short MAC 0x%04x", nasKsi, shortMac);
    }
}
