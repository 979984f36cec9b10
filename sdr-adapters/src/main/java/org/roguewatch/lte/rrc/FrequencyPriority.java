package org.roguewatch.lte.rrc;

/**
 * A dedicated cell reselection priority (TS 36.331 FreqPriorityEUTRA, FreqPriorityUTRA-FDD/TDD,
 * BandClassPriorityHRPD/1XRTT).
 *
 * @param carrier  EARFCN, UARFCN, or the CDMA2000 band class number
 * @param priority CellReselectionPriority, 0 (lowest) .. 7
 */
public record FrequencyPriority(int carrier, int priority) {
}
