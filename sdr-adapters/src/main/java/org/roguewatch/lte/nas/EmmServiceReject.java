package org.roguewatch.lte.nas;

/**
 * Service reject (TS 24.301 8.2.24), network to UE.
 *
 * @param emmCause EMM cause (9.9.3.9), see {@link EmmCauses}
 */
public record EmmServiceReject(int emmCause) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.SERVICE_REJECT);
    }

    @Override
    public String info() {
        return EmmCauses.label(emmCause);
    }
}
