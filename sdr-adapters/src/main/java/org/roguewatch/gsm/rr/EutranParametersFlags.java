package org.roguewatch.gsm.rr;

/**
 * The fixed bits that open an E-UTRAN Parameters Description (TS 44.018 10.5.2.33b). Its presence
 * alone matters to the detectors: a cell may send the description and still list no E-UTRAN
 * neighbour frequency.
 *
 * @param ccnActive E-UTRAN_CCN_ACTIVE
 * @param start     E-UTRAN_Start: this instance starts the E-UTRAN list of the SI2quater set
 * @param stop      E-UTRAN_Stop: this instance ends it
 */
public record EutranParametersFlags(boolean ccnActive, boolean start, boolean stop) {
}
