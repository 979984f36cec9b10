package org.roguewatch.lte.nas;

/**
 * Authentication response (TS 24.301 8.2.8), UE to network.
 *
 * @param res RES (authentication response parameter, 9.9.3.4), 4 to 16 octets as lower-case hex
 */
public record EmmAuthenticationResponse(String res) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.AUTHENTICATION_RESPONSE);
    }
}
