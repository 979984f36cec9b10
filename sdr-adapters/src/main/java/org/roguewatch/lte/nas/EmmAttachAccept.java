package org.roguewatch.lte.nas;

/**
 * Attach accept (TS 24.301 8.2.1), network to UE.
 *
 * @param attachResult EPS attach result (9.9.3.10): 1 EPS only, 2 combined EPS/IMSI
 * @param t3412Seconds periodic TAU timer T3412 (GPRS timer, 9.9.3.16), or
 *                     {@link GprsTimer#DEACTIVATED} when the network switched it off
 * @param esmMessage   the ESM message in the ESM message container, {@code null} when the
 *                     container is too short to hold one
 * @param emmCause     the optional EMM cause (IEI 0x53, e.g. #18 CS domain not available), or -1
 */
public record EmmAttachAccept(int attachResult, int t3412Seconds, EsmMessage esmMessage, int emmCause)
        implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.ATTACH_ACCEPT);
    }

    @Override
    public String info() {
        String result = switch (attachResult) {
            case 1 -> "EPS only";
            case 2 -> "combined EPS/IMSI attach";
            default -> "attach result " + attachResult;
        };
        return result + ", T3412 " + GprsTimer.describe(t3412Seconds)
                + (esmMessage != null ? ", " + esmMessage.name() : "")
                + (emmCause >= 0 ? ", " + EmmCauses.label(emmCause) : "");
    }
}
