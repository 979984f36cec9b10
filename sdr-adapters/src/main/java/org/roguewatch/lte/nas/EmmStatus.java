package org.roguewatch.lte.nas;

/**
 * EMM status (TS 24.301 8.2.14): either side reports an error in a message it received.
 *
 * @param cause EMM cause (9.9.3.9), see {@link EmmCauses}
 */
public record EmmStatus(int cause) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.EMM_STATUS);
    }

    @Override
    public String info() {
        return EmmCauses.label(cause);
    }
}
