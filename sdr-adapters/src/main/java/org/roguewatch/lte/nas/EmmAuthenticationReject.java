package org.roguewatch.lte.nas;

/** Authentication reject (TS 24.301 8.2.6), network to UE: the UE must treat its USIM as invalid. */
public record EmmAuthenticationReject() implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.AUTHENTICATION_REJECT);
    }
}
