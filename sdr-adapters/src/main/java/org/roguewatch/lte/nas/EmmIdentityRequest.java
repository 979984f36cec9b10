package org.roguewatch.lte.nas;

/**
 * Identity request (TS 24.301 8.2.18), network to UE. Asking for the IMSI in the clear, before any
 * security context, is what IMSI catchers do.
 *
 * @param identityType the identity asked for (identity type 2, 9.9.3.20)
 */
public record EmmIdentityRequest(IdentityType2 identityType) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.IDENTITY_REQUEST);
    }

    @Override
    public String info() {
        return identityType.name();
    }
}
