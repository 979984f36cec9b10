package org.roguewatch.spectrum.detect;

/** How the two CFAR training windows (below and above the cell) combine into one noise estimate. */
public enum CfarMode {
    /** Mean of both windows together (classic CA-CFAR): best in flat noise, masked by neighbours. */
    CELL_AVERAGE,
    /**
     * The smaller window mean (SO-CFAR): a strong carrier on one side does not hide the cell, which is
     * the normal case in a crowded FM band; at a carrier's own flank it still picks the clean side.
     */
    SMALLEST_OF,
    /** The larger window mean (GO-CFAR): fewest false alarms at noise-floor steps, most masking. */
    GREATEST_OF
}
