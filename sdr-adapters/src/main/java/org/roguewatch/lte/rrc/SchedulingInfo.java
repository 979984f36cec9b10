package org.roguewatch.lte.rrc;

import java.util.List;

/**
 * One SystemInformation message scheduled by SIB1 (TS 36.331 6.2.2 SchedulingInfo).
 *
 * @param siPeriodicityRadioFrames si-Periodicity, radio frames (8..512)
 * @param sibTypes                 the SIBs mapped to the message (sib-MappingInfo), as numbers; see
 *                                 {@link SibTypes} for values newer than this decoder
 */
public record SchedulingInfo(int siPeriodicityRadioFrames, List<Integer> sibTypes) {
    public SchedulingInfo {
        sibTypes = List.copyOf(sibTypes);
    }
}
