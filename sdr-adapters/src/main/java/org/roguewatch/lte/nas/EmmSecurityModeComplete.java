package org.roguewatch.lte.nas;

/** Security mode complete (TS 24.301 8.2.21), UE to network. */
public record EmmSecurityModeComplete() implements NasMessage {
    @Override
    public String name() {
        return NasMessageNames.emm(NasMessageNames.SECURITY_MODE_COMPLETE);
    }
}
