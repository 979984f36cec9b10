package org.roguewatch.lte.rrc;

import java.util.List;

/**
 * Dedicated idle-mode priorities handed over in RRCConnectionRelease (TS 36.331 6.2.2
 * IdleModeMobilityControlInfo); they override SIB priorities until T320 expires, so a cell can use
 * them to push a UE to another RAT for a long time. Absent lists are empty (present ones hold at
 * least one entry). Rel-12+ extension additions are skipped by their length.
 *
 * @param eutra          freqPriorityListEUTRA (an EARFCN above 65535 from the v9e0 extension included)
 * @param geran          freqPriorityListGERAN
 * @param utraFdd        freqPriorityListUTRA-FDD
 * @param utraTdd        freqPriorityListUTRA-TDD
 * @param hrpdBandClasses  bandClassPriorityListHRPD (carrier = band class number)
 * @param oneXrttBandClasses bandClassPriorityList1XRTT (carrier = band class number)
 * @param t320Minutes    T320 in minutes (5..180), −1 for the spare value, null when absent
 */
public record IdleModeMobilityControlInfo(List<FrequencyPriority> eutra, List<GeranPriority> geran,
                                          List<FrequencyPriority> utraFdd, List<FrequencyPriority> utraTdd,
                                          List<FrequencyPriority> hrpdBandClasses,
                                          List<FrequencyPriority> oneXrttBandClasses, Integer t320Minutes) {

    public IdleModeMobilityControlInfo {
        eutra = List.copyOf(eutra);
        geran = List.copyOf(geran);
        utraFdd = List.copyOf(utraFdd);
        utraTdd = List.copyOf(utraTdd);
        hrpdBandClasses = List.copyOf(hrpdBandClasses);
        oneXrttBandClasses = List.copyOf(oneXrttBandClasses);
    }

    public IdleModeMobilityControlInfo(List<FrequencyPriority> eutra, List<GeranPriority> geran,
                                       List<FrequencyPriority> utraFdd, List<FrequencyPriority> utraTdd,
                                       Integer t320Minutes) {
        this(eutra, geran, utraFdd, utraTdd, List.of(), List.of(), t320Minutes);
    }
}
