package org.roguewatch.lte.nas;

/**
 * Tracking area update accept (TS 24.301 8.2.26), network to UE.
 *
 * @param updateResult EPS update result value (9.9.3.13): 0 TA updated, 1 combined TA/LA updated,
 *                     4 TA updated and ISR activated, 5 combined and ISR activated
 * @param emmCause     the optional EMM cause (IEI 0x53), or -1
 */
public record EmmTrackingAreaUpdateAccept(int updateResult, int emmCause) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.TRACKING_AREA_UPDATE_ACCEPT);
    }

    @Override
    public String info() {
        String result = switch (updateResult) {
            case 0 -> "TA updated";
            case 1 -> "combined TA/LA updated";
            case 4 -> "TA updated and ISR activated";
            case 5 -> "combined TA/LA updated and ISR activated";
            default -> "update result " + updateResult;
        };
        return result + (emmCause >= 0 ? ", " + EmmCauses.label(emmCause) : "");
    }
}
