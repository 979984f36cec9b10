package org.roguewatch.lte.rrc;

import org.roguewatch.lte.LteMessage;

/**
 * The MasterInformationBlock on BCCH-BCH (TS 36.331 6.2.2): what a UE reads first from a cell.
 *
 * @param dlBandwidthRb          downlink bandwidth in resource blocks (6, 15, 25, 50, 75 or 100)
 * @param phichDuration          "normal" or "extended"
 * @param phichResource          Ng: "oneSixth", "half", "one" or "two"
 * @param systemFrameNumberHigh8 the eight most significant bits of the SFN (the two least come from
 *                               the PBCH timing, TS 36.211 6.6)
 */
public record MasterInformationBlock(int dlBandwidthRb, String phichDuration, String phichResource,
                                     int systemFrameNumberHigh8) implements LteMessage {
    @Override
    public String name() {
        return "MasterInformationBlock";
    }

    @Override
    public String info() {
        return "dl-Bandwidth " + dlBandwidthRb + " RB, PHICH " + phichDuration + "/" + phichResource + ", SFN "
                + (systemFrameNumberHigh8 << 2) + "+";
    }
}
