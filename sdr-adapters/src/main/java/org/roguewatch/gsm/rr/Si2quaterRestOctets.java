package org.roguewatch.gsm.rr;

import java.util.List;

/**
 * One instance of the SI 2quater Rest Octets (TS 44.018 10.5.2.33b), reduced to what detection
 * needs: the instance header, the 3G neighbour frequencies, and the Rel-8 Priority and E-UTRAN
 * Parameters (serving GSM priority, UTRAN priorities, E-UTRAN neighbour frequencies). A cell sends
 * several instances ({@code index} 0..{@code count}); each carries only part of the set.
 *
 * @param baInd                     BA_IND
 * @param threeGBaInd               3G_BA_IND
 * @param mpChangeMark              MP_CHANGE_MARK
 * @param index                     SI2quater_INDEX (0..15)
 * @param count                     SI2quater_COUNT (0..15): the last index of the set
 * @param utranFddArfcns            the FDD-ARFCNs of the 3G Neighbour Cell Description, in order
 * @param servingCellPriority       Serving Cell Priority Parameters, or {@code null} when absent
 * @param utranPriorities           3G Priority Parameters (default entry first when sent)
 * @param eutranNeighbours          E-UTRAN neighbour frequencies, one entry per EARFCN, in order
 * @param undecodedFromBit          bit offset (from the first rest octet) of the first structure
 *                                  this decoder could not follow, or {@code null} when the whole
 *                                  instance was understood; nothing after that bit is reported
 * @param utranNeighbourFrequencies the FDD and TDD frequencies of the 3G Neighbour Cell
 *                                  Description, with their cell counts, in order
 * @param eutranParameters          the E-UTRAN Parameters Description's flags, or {@code null}
 *                                  when that description is absent
 * @param threeGCcnActive           3G_CCN_ACTIVE (Rel-6 additions), or {@code null} when absent
 * @param extendedEarfcns           EARFCN_extended values (Rel-11 additions), in order
 */
public record Si2quaterRestOctets(
        int baInd,
        int threeGBaInd,
        int mpChangeMark,
        int index,
        int count,
        List<Integer> utranFddArfcns,
        ServingCellPriority servingCellPriority,
        List<UtranPriority> utranPriorities,
        List<EutranNeighbourFrequency> eutranNeighbours,
        Integer undecodedFromBit,
        List<UtranNeighbourFrequency> utranNeighbourFrequencies,
        EutranParametersFlags eutranParameters,
        Boolean threeGCcnActive,
        List<Integer> extendedEarfcns) {

    public Si2quaterRestOctets {
        Fields.requireRange("baInd", baInd, 1);
        Fields.requireRange("threeGBaInd", threeGBaInd, 1);
        Fields.requireRange("mpChangeMark", mpChangeMark, 1);
        Fields.requireRange("index", index, 4);
        Fields.requireRange("count", count, 4);
        utranFddArfcns = Fields.copy(utranFddArfcns);
        utranPriorities = Fields.copy(utranPriorities);
        eutranNeighbours = Fields.copy(eutranNeighbours);
        utranNeighbourFrequencies = Fields.copy(utranNeighbourFrequencies);
        extendedEarfcns = Fields.copy(extendedEarfcns);
        if (!eutranNeighbours.isEmpty() && eutranParameters == null) {
            throw new IllegalArgumentException("E-UTRAN neighbours need an E-UTRAN Parameters Description");
        }
    }

    /**
     * A single-instance SI2quater (index 0 of count 0) carrying only the Priority and E-UTRAN
     * Parameters: what a simulated cell sends to steer reselection between GSM and LTE.
     */
    public static Si2quaterRestOctets priorities(ServingCellPriority serving,
            List<EutranNeighbourFrequency> eutranNeighbours) {
        return new Si2quaterRestOctets(0, 0, 0, 0, 0, List.of(), serving, List.of(), eutranNeighbours, null,
                List.of(), new EutranParametersFlags(false, true, true), Boolean.FALSE, List.of());
    }

    /** True when this instance was decoded to its end. */
    public boolean complete() {
        return undecodedFromBit == null;
    }
}
