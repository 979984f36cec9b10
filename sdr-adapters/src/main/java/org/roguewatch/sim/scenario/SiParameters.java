package org.roguewatch.sim.scenario;

import java.util.List;

/**
 * The System Information parameters a GSM cell broadcasts, coded as in TS 44.018 (values are the
 * codes sent, not the quantities they stand for), and its paging load.
 *
 * @param t3212                  periodic location update timer, deci-hours (10.5.2.11), 0 = none
 * @param cellReselectOffset     CELL_RESELECT_OFFSET code, 2 dB steps (10.5.2.34, TS 45.008 6.4)
 * @param temporaryOffset        TEMPORARY_OFFSET code, 10 dB steps
 * @param penaltyTime            PENALTY_TIME code; 31 = CRO subtracted from C2
 * @param cellReselectHysteresis CELL-RESELECT-HYSTERESIS code, 2 dB steps
 * @param msTxpwrMaxCch          MS-TXPWR-MAX-CCH power control level
 * @param rxlevAccessMin         RXLEV-ACCESS-MIN code (-110 dBm + code)
 * @param nccPermitted           NCC permitted bit map
 * @param cellBarred             CELL_BAR_ACCESS
 * @param gprs                   GPRS: SI13 sent and the GPRS indicator in SI3/SI4
 * @param si2ter                 SI2ter sent, listing {@code multibandNeighbours}
 * @param multibandNeighbours    ARFCNs of SI2ter (other-band neighbours)
 * @param si2quater              SI2quater sent, with E-UTRAN neighbour frequencies and priorities
 * @param eutranNeighbours       EARFCNs of SI2quater
 * @param geranPriority          GERAN_PRIORITY of the serving cell in SI2quater (0..7, 7 highest)
 * @param pagingPerMinute        paging requests per minute on the CCCH
 */
public record SiParameters(int t3212, int cellReselectOffset, int temporaryOffset, int penaltyTime,
                           int cellReselectHysteresis, int msTxpwrMaxCch, int rxlevAccessMin, int nccPermitted,
                           boolean cellBarred, boolean gprs, boolean si2ter, List<Integer> multibandNeighbours,
                           boolean si2quater, List<Integer> eutranNeighbours, int geranPriority,
                           double pagingPerMinute) {
    public SiParameters {
        multibandNeighbours = List.copyOf(multibandNeighbours);
        eutranNeighbours = List.copyOf(eutranNeighbours);
    }

    /**
     * What a real operator broadcasts: T3212 10 (one hour), a small CRO subtracted from C2
     * (PENALTY_TIME 31), CRH 4 dB, RXLEV-ACCESS-MIN -104 dBm, every NCC permitted, GPRS, SI2ter and
     * SI2quater, 4 pages a minute.
     */
    public static SiParameters operatorDefaults() {
        return new SiParameters(10, 2, 0, 31, 2, 5, 6, 0xff, false, true, true, List.of(), true, List.of(), 2, 4);
    }
}
