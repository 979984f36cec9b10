package org.roguewatch.lte.rrc;

/**
 * SystemInformationBlockType2 (TS 36.331 6.3.1): access barring, common radio resources, UE timers
 * and the uplink carrier. Its radioResourceConfigCommon and mbsfn-SubframeConfigList are read in full
 * (they must be, for the next SIB to be found) but only the paging configuration is kept.
 *
 * @param acBarring                      ac-BarringInfo, or null when absent (no barring)
 * @param timers                         ue-TimersAndConstants
 * @param ulCarrierFreq                  freqInfo ul-CarrierFreq (EARFCN), or null when absent (the
 *                                       default duplex distance applies)
 * @param ulBandwidthRb                  freqInfo ul-Bandwidth, resource blocks, or null when absent
 *                                       (same as downlink)
 * @param additionalSpectrumEmission     freqInfo additionalSpectrumEmission, 1..32
 * @param timeAlignmentTimerCommonSf     subframes, or {@link #TIMER_INFINITY}
 * @param defaultPagingCycleRadioFrames  pcch-Config defaultPagingCycle, radio frames (32..256)
 * @param nB                             pcch-Config nB as 36.331 names it ("fourT" .. "oneThirtySecondT")
 */
public record Sib2(AcBarringInfo acBarring, UeTimersAndConstants timers, Integer ulCarrierFreq,
                   Integer ulBandwidthRb, int additionalSpectrumEmission, int timeAlignmentTimerCommonSf,
                   int defaultPagingCycleRadioFrames, String nB)
        implements SystemInformationBlock {

    /** timeAlignmentTimerCommon = infinity. */
    public static final int TIMER_INFINITY = -1;

    @Override
    public int type() {
        return 2;
    }
}
