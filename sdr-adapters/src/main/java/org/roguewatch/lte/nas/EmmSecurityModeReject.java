package org.roguewatch.lte.nas;

/**
 * Security mode reject (TS 24.301 8.2.22), UE to network.
 *
 * @param cause EMM cause (9.9.3.9), see {@link EmmCauses}
 */
public record EmmSecurityModeReject(int cause) implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.SECURITY_MODE_REJECT);
    }

    @Override
    public String info() {
        return EmmCauses.label(cause);
    }
}
