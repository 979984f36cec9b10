package org.roguewatch.lte.nas;

/**
 * Attach request (TS 24.301 8.2.4), UE to network.
 *
 * @param attachType   EPS attach type (9.9.3.11): 1 EPS, 2 combined EPS/IMSI, 3 RLOS, 6 emergency
 * @param nasKsi       NAS key set identifier (9.9.3.21), 7 when the UE has no key
 * @param identityType what the UE identified itself with (EPS mobile identity, 9.9.3.12)
 * @param imsi         the IMSI digits when {@code identityType} is IMSI, else {@code null}
 */
public record EmmAttachRequest(int attachType, int nasKsi, EpsIdentityType identityType, String imsi)
        implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.ATTACH_REQUEST);
    }

    @Override
    public String info() {
        return attachTypeName(attachType) + ", KSI " + nasKsi + ", "
                + (imsi != null ? "IMSI " + imsi : identityType.name());
    }

    static String attachTypeName(int attachType) {
        return switch (attachType) {
            case 1 -> "EPS attach";
            case 2 -> "combined EPS/IMSI attach";
            case 3 -> "EPS RLOS attach";
            case 6 -> "EPS emergency attach";
            default -> "attach type " + attachType;
        };
    }
}
