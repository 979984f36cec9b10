package org.roguewatch.lte.nas;

/**
 * Detach request (TS 24.301 8.2.11), in either direction. The two layouts share the first octet
 * (detach type, 9.9.3.7); the UE's carries its EPS mobile identity next, the network's at most an
 * EMM cause.
 *
 * @param ueOriginating UE to network (8.2.11.1) rather than network to UE (8.2.11.2)
 * @param detachType    type of detach: from the UE 1 EPS, 2 IMSI, 3 combined; from the network
 *                      1 re-attach required, 2 re-attach not required, 3 IMSI detach
 * @param switchOff     the UE detaches because it is switched off (UE to network only)
 * @param emmCause      the network's optional EMM cause (IEI 0x53), or -1
 */
public record EmmDetachRequest(boolean ueOriginating, int detachType, boolean switchOff, int emmCause)
        implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.DETACH_REQUEST);
    }

    @Override
    public String info() {
        if (ueOriginating) {
            String type = switch (detachType) {
                case 1 -> "EPS detach";
                case 2 -> "IMSI detach";
                case 3 -> "combined EPS/IMSI detach";
                default -> "detach type " + detachType;
            };
            return "UE: " + type + (switchOff ? ", switch off" : "");
        }
        String type = switch (detachType) {
            case 1 -> "re-attach required";
            case 2 -> "re-attach not required";
            case 3 -> "IMSI detach";
            default -> "detach type " + detachType;
        };
        return "network: " + type + (emmCause >= 0 ? ", " + EmmCauses.label(emmCause) : "");
    }
}
