package org.roguewatch.lte.rrc;

import java.util.Objects;

/**
 * RRCConnectionRelease (TS 36.331 6.2.2), DL-DCCH, its r8 critical extension decoded fully.
 *
 * @param releaseCause                "loadBalancingTAUrequired", "other", "cs-FallbackHighPriority-v1020"
 *                                    or "rrc-Suspend-v1320"
 * @param redirectedCarrierInfo       where the UE is sent, or null
 * @param idleModeMobilityControlInfo dedicated idle-mode priorities, or null
 */
public record RrcConnectionRelease(String releaseCause, RedirectedCarrierInfo redirectedCarrierInfo,
                                   IdleModeMobilityControlInfo idleModeMobilityControlInfo)
        implements DedicatedRrcMessage {

    public RrcConnectionRelease {
        Objects.requireNonNull(releaseCause, "releaseCause");
    }

    @Override
    public String name() {
        return "RRCConnectionRelease";
    }

    @Override
    public String info() {
        return "cause=" + releaseCause
                + (redirectedCarrierInfo == null ? "" : " redirect=" + redirectedCarrierInfo.describe())
                + (idleModeMobilityControlInfo == null ? "" : " idleModeMobilityControlInfo");
    }
}
