package org.roguewatch.gsm.rr;

/**
 * SI 13 Rest Octets (TS 44.018 10.5.2.37b): the GPRS parameters of a cell. Everything but
 * {@code present} is {@code null} when the rest octets are empty (L), and each release's additions
 * are {@code null} when the cell did not send them.
 *
 * @param present             H: the cell sends SI13 contents (it supports GPRS)
 * @param bcchChangeMark      BCCH_CHANGE_MARK
 * @param siChangeField       SI_CHANGE_FIELD
 * @param rac                 RAC, when PBCCH is absent (always, per TS 44.018 1.8)
 * @param sgsnr               R99: SGSNR, true = SGSN is Release 99 onwards
 * @param si13ChangeMark      SI13_CHANGE_MARK, sent with a GPRS Mobile Allocation (skipped)
 * @param pbcchPresent        the cell claims a PBCCH (never indicated since Rel-9, TS 44.018 1.8)
 * @param spgcCcchSup         SPGC_CCCH_SUP
 * @param priorityAccessThr   PRIORITY_ACCESS_THR
 * @param networkControlOrder NETWORK_CONTROL_ORDER
 * @param gprsCellOptions     GPRS Cell Options, when PBCCH is absent
 * @param gprsPowerControl    GPRS Power Control Parameters, when PBCCH is absent
 * @param siStatusInd         Rel-4: SI_STATUS_IND
 * @param lbMsTxpwrMaxCch     Rel-6: LB_MS_TXPWR_MAX_CCH, when sent
 * @param si2nSupport         Rel-6: SI2n_SUPPORT
 * @param siChangeAlt         Rel-11: SI_CHANGE_ALT (L assumed when the sender stopped before it)
 * @param peoDsc              Rel-13: PEO_DSC, when sent
 * @param rcc                 Rel-13: RCC, when sent
 * @param c1DeltaMin          Rel-13: C1_DELTA_MIN, when sent
 * @param c1DeltaMax          Rel-13: C1_DELTA_MAX, when sent
 */
public record Si13RestOctets(
        boolean present,
        Integer bcchChangeMark,
        Integer siChangeField,
        Integer rac,
        Boolean sgsnr,
        Integer si13ChangeMark,
        boolean pbcchPresent,
        Boolean spgcCcchSup,
        Integer priorityAccessThr,
        Integer networkControlOrder,
        GprsCellOptions gprsCellOptions,
        GprsPowerControlParameters gprsPowerControl,
        Boolean siStatusInd,
        Integer lbMsTxpwrMaxCch,
        Integer si2nSupport,
        Boolean siChangeAlt,
        Integer peoDsc,
        Integer rcc,
        Integer c1DeltaMin,
        Integer c1DeltaMax) {

    public Si13RestOctets {
        Fields.requireRange("bcchChangeMark", bcchChangeMark, 3);
        Fields.requireRange("siChangeField", siChangeField, 4);
        Fields.requireRange("rac", rac, 8);
        Fields.requireRange("si13ChangeMark", si13ChangeMark, 2);
        Fields.requireRange("priorityAccessThr", priorityAccessThr, 3);
        Fields.requireRange("networkControlOrder", networkControlOrder, 2);
        Fields.requireRange("lbMsTxpwrMaxCch", lbMsTxpwrMaxCch, 5);
        Fields.requireRange("si2nSupport", si2nSupport, 2);
        Fields.requireRange("peoDsc", peoDsc, 2);
        Fields.requireRange("rcc", rcc, 3);
        Fields.requireRange("c1DeltaMin", c1DeltaMin, 2);
        Fields.requireRange("c1DeltaMax", c1DeltaMax, 3);
    }

    /** Empty rest octets (L): the cell does not support GPRS. */
    public static Si13RestOctets absent() {
        return new Si13RestOctets(false, null, null, null, null, null, false, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** NMO from the GPRS Cell Options (0 = I, 1 = II, 2 = III), or {@code null} without them. */
    public Integer networkOperationMode() {
        return gprsCellOptions == null ? null : gprsCellOptions.networkOperationMode();
    }
}
