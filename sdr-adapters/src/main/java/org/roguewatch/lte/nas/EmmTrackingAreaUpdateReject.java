package org.roguewatch.lte.nas;

/**
 * Tracking area update reject (TS 24.301 8.2.28), network to UE. Like an attach reject, one the
 * UE cannot authenticate (e.g. #12, #15) pushes it off the network.
 *
 * @param emmCause EMM cause (9.9.3.9), see {@link EmmCauses}
 */
public record EmmTrackingAreaUpdateReject(int emmCause) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.TRACKING_AREA_UPDATE_REJECT);
    }

    @Override
    public String info() {
        return EmmCauses.label(emmCause);
    }
}
