package org.roguewatch.lte.nas;

/**
 * Tracking area update request (TS 24.301 8.2.29), UE to network.
 *
 * @param updateType EPS update type value (9.9.3.14): 0 TA updating, 1 combined TA/LA, 2 combined
 *                   with IMSI attach, 3 periodic
 * @param active     the active flag: the UE wants its bearers re-established
 * @param nasKsi     NAS key set identifier (9.9.3.21)
 */
public record EmmTrackingAreaUpdateRequest(int updateType, boolean active, int nasKsi) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.TRACKING_AREA_UPDATE_REQUEST);
    }

    @Override
    public String info() {
        String type = switch (updateType) {
            case 0 -> "TA updating";
            case 1 -> "combined TA/LA updating";
            case 2 -> "combined TA/LA updating with IMSI attach";
            case 3 -> "periodic updating";
            default -> "update type " + updateType;
        };
        return type + (active ? ", active" : "") + ", KSI " + nasKsi;
    }
}
