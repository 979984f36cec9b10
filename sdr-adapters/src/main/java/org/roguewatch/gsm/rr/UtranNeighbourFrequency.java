package org.roguewatch.gsm.rr;

/**
 * One frequency of the 3G Neighbour Cell Description (TS 44.018 10.5.2.33b, Repeated UTRAN FDD /
 * TDD Neighbour Cells struct). The cells themselves are range-coded in the FDD/TDD_CELL_INFORMATION
 * field (TS 44.018 9.1.54); this record keeps how many there are, not their scrambling codes.
 *
 * @param mode      FDD or TDD
 * @param arfcn     FDD-ARFCN / TDD-ARFCN (UARFCN, 14 bits)
 * @param indic0    FDD_Indic0 / TDD_Indic0: whether value 0 is a member of the cell list
 * @param cellCount NR_OF_FDD_CELLS / NR_OF_TDD_CELLS (0..31)
 */
public record UtranNeighbourFrequency(Mode mode, int arfcn, boolean indic0, int cellCount) {

    public enum Mode { FDD, TDD }

    public UtranNeighbourFrequency {
        if (mode == null) {
            throw new IllegalArgumentException("mode");
        }
        Fields.requireRange("arfcn", arfcn, 14);
        Fields.requireRange("cellCount", cellCount, 5);
    }
}
