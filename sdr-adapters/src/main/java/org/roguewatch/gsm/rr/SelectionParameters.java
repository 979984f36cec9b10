package org.roguewatch.gsm.rr;

import org.roguewatch.decode.BitReader;

/**
 * The optional selection parameters of the SI3 and SI4 rest octets (TS 44.018 10.5.2.34), which
 * feed the C2 reselection criterion of TS 45.008 6.4. A fake base station raises CELL_RESELECT_OFFSET
 * so phones prefer it.
 *
 * @param cbq               cell bar qualify
 * @param cellReselectOffset CRO code 0..63, 2 dB steps
 * @param temporaryOffset   code 0..7, 10 dB steps (7 = infinity)
 * @param penaltyTime       code 0..31, 20 s steps (31 = CRO is subtracted, TEMPORARY_OFFSET ignored)
 */
public record SelectionParameters(boolean cbq, int cellReselectOffset, int temporaryOffset, int penaltyTime) {

    static SelectionParameters read(BitReader bits) {
        return new SelectionParameters(bits.bit("CBQ"), bits.bits(6, "CELL_RESELECT_OFFSET"),
                bits.bits(3, "TEMPORARY_OFFSET"), bits.bits(5, "PENALTY_TIME"));
    }

    public int cellReselectOffsetDb() {
        return 2 * cellReselectOffset;
    }
}
