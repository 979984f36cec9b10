package org.roguewatch.lte.nas;

/**
 * Authentication request (TS 24.301 8.2.7), network to UE.
 *
 * @param nasKsi NAS key set identifier ASME (9.9.3.21)
 * @param rand   RAND (9.9.3.3), 32 lower-case hex digits
 * @param autn   AUTN (9.9.3.2), 32 lower-case hex digits
 */
public record EmmAuthenticationRequest(int nasKsi, String rand, String autn) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.AUTHENTICATION_REQUEST);
    }

    @Override
    public String info() {
        return "KSI " + nasKsi + ", RAND " + rand;
    }
}
