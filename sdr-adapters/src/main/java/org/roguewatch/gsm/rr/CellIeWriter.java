package org.roguewatch.gsm.rr;

import org.roguewatch.gsm.OctetWriter;

/**
 * Writes the fixed-length cell IEs of the System Information messages, each the exact inverse of
 * its record's reader. Spare bits are written as 0; a value that does not fit its field is refused.
 */
final class CellIeWriter {
    private CellIeWriter() {
    }

    /** Control Channel Description (TS 44.018 10.5.2.11), 3 octets. */
    static void controlChannelDescription(OctetWriter out, ControlChannelDescription ccd) {
        Fields.requireRange("MSCR", ccd.mscr(), 1);
        Fields.requireRange("BS_AG_BLKS_RES", ccd.bsAgBlksRes(), 3);
        Fields.requireRange("CCCH_CONF", ccd.ccchConf(), 3);
        Fields.requireRange("CBQ3", ccd.cbq3(), 2);
        Fields.requireRange("BS_PA_MFRMS", ccd.bsPaMfrms(), 3);
        Fields.requireRange("T3212", ccd.t3212(), 8);
        // Octet 2: bit 8 spare, bits 7-6 CBQ3, bits 5-4 spare, bits 3-1 BS_PA_MFRMS.
        out.u8(ccd.mscr() << 7 | (ccd.att() ? 0x40 : 0) | ccd.bsAgBlksRes() << 3 | ccd.ccchConf())
                .u8(ccd.cbq3() << 5 | ccd.bsPaMfrms())
                .u8(ccd.t3212());
    }

    /** Cell Options (BCCH) (TS 44.018 10.5.2.3): bit 8 spare, PWRC, DTX (2 bits), RADIO-LINK-TIMEOUT. */
    static void cellOptionsBcch(OctetWriter out, CellOptions options) {
        Fields.requireRange("DTX (BCCH)", options.dtx(), 2);
        Fields.requireRange("RADIO-LINK-TIMEOUT", options.radioLinkTimeout(), 4);
        out.u8((options.pwrc() ? 0x40 : 0) | options.dtx() << 4 | options.radioLinkTimeout());
    }

    /**
     * Cell Options (SACCH) (TS 44.018 10.5.2.3a): the 3-bit DTX code is split, its high bit in bit 8
     * and its two low bits in bits 6-5, as {@link CellOptions#readSacch} folds them.
     */
    static void cellOptionsSacch(OctetWriter out, CellOptions options) {
        Fields.requireRange("DTX (SACCH)", options.dtx(), 3);
        Fields.requireRange("RADIO-LINK-TIMEOUT", options.radioLinkTimeout(), 4);
        out.u8((options.dtx() & 0x04) << 5 | (options.pwrc() ? 0x40 : 0) | (options.dtx() & 0x03) << 4
                | options.radioLinkTimeout());
    }

    /** Cell Selection Parameters (TS 44.018 10.5.2.4), 2 octets. */
    static void cellSelectionParameters(OctetWriter out, CellSelectionParameters csp) {
        Fields.requireRange("CELL-RESELECT-HYSTERESIS", csp.cellReselectHysteresis(), 3);
        Fields.requireRange("MS-TXPWR-MAX-CCH", csp.msTxpwrMaxCch(), 5);
        Fields.requireRange("RXLEV-ACCESS-MIN", csp.rxlevAccessMin(), 6);
        out.u8(csp.cellReselectHysteresis() << 5 | csp.msTxpwrMaxCch())
                .u8((csp.acs() ? 0x80 : 0) | (csp.neci() ? 0x40 : 0) | csp.rxlevAccessMin());
    }

    /** RACH Control Parameters (TS 44.018 10.5.2.29), 3 octets; the AC bits include EC (class 10). */
    static void rachControlParameters(OctetWriter out, RachControlParameters rach) {
        Fields.requireRange("Max retrans", rach.maxRetrans(), 2);
        Fields.requireRange("Tx-integer", rach.txInteger(), 4);
        Fields.requireRange("access control classes", rach.accessControlClasses(), 16);
        out.u8(rach.maxRetrans() << 6 | rach.txInteger() << 2 | (rach.cellBarred() ? 0x02 : 0)
                        | (rach.reestablishmentNotAllowed() ? 0x01 : 0))
                .u16(rach.accessControlClasses());
    }

    /** Cell identity (TS 24.008 10.5.1.1), 2 octets. */
    static void cellIdentity(OctetWriter out, int cellIdentity) {
        Fields.requireRange("cell identity", cellIdentity, 16);
        out.u16(cellIdentity);
    }

    /** NCC permitted (TS 44.018 10.5.2.27), a bit map of 8 NCCs. */
    static void nccPermitted(OctetWriter out, int nccPermitted) {
        Fields.requireRange("NCC permitted", nccPermitted, 8);
        out.u8(nccPermitted);
    }
}
