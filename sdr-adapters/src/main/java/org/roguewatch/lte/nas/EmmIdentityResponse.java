package org.roguewatch.lte.nas;

/**
 * Identity response (TS 24.301 8.2.19), UE to network.
 *
 * @param type   the identity's type (Mobile identity, 9.9.2.3)
 * @param digits IMSI, IMEI or IMEISV digits; a TMSI as 8 lower-case hex digits; empty otherwise
 */
public record EmmIdentityResponse(MobileIdentityType type, String digits) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.IDENTITY_RESPONSE);
    }

    @Override
    public String info() {
        return digits.isEmpty() ? type.name() : type + " " + digits;
    }
}
