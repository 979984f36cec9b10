package org.roguewatch.lte.nas;

/**
 * Attach reject (TS 24.301 8.2.3), network to UE. Causes #3, #6, #7 and #8 bar the UE from
 * EPS (or all) service until it is switched off, so an unauthenticated reject is a downgrade attack.
 *
 * @param emmCause EMM cause (9.9.3.9), see {@link EmmCauses}
 */
public record EmmAttachReject(int emmCause) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.ATTACH_REJECT);
    }

    @Override
    public String info() {
        return EmmCauses.label(emmCause);
    }
}
