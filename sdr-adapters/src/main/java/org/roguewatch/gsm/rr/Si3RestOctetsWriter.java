package org.roguewatch.gsm.rr;

/**
 * Writes SI 3 Rest Octets (TS 44.018 10.5.2.34) up to the SI2quater indicator, the inverse of
 * {@link Si3RestOctets#read}, then the SI21 indicator as L (absent); what follows is spare
 * padding. Every indicator is CSN.1 L/H, i.e. relative to the 0x2B padding pattern at its bit
 * position.
 *
 * <p>The SI21 indicator must fit in the 32 bits: content that fills them (every option at once)
 * leaves a receiver reading past the end, and tshark 4.0 reports such a block as malformed, so it
 * is refused although {@link Si3RestOctets#read} accepts it.
 */
final class Si3RestOctetsWriter {
    /** SI 3 Rest Octets are 4 octets (TS 44.018 table 9.1.35.1). */
    static final int LENGTH = 4;

    private Si3RestOctetsWriter() {
    }

    /**
     * @throws IllegalArgumentException when a value does not fit its field, an absent part carries
     *                                  a value, or the content with the SI21 indicator needs more than
     *                                  32 bits
     */
    static byte[] write(Si3RestOctets rest) {
        RestOctetsWriter out = new RestOctetsWriter(LENGTH);
        selection(out, rest.selection());
        powerOffset(out, rest.powerOffset());
        out.high(rest.si2terAvailable());
        out.high(rest.earlyClassmarkSending());
        out.high(rest.schedulingWhere() != -1);
        if (rest.schedulingWhere() != -1) {
            Fields.requireRange("WHERE", rest.schedulingWhere(), 3);
            out.bits(rest.schedulingWhere(), 3);
        }
        gprsIndicator(out, rest.gprs());
        out.high(rest.utranEarlyClassmarkRestricted());
        out.high(rest.si2quaterPresent());
        if (rest.si2quaterPresent()) {
            out.bit(rest.si2quaterOnBcchExt());
        } else if (rest.si2quaterOnBcchExt()) {
            throw new IllegalArgumentException("SI2quater position without the SI2quater indicator");
        }
        out.high(false); // { L | H <System Information 21 Indicator> }
        return out.toOctets();
    }

    /** {@code <Optional Selection Parameter> ::= L | H <CBQ> <CRO> <TEMPORARY_OFFSET> <PENALTY_TIME>}. */
    static void selection(RestOctetsWriter out, SelectionParameters selection) {
        out.high(selection != null);
        if (selection != null) {
            Fields.requireRange("CELL_RESELECT_OFFSET", selection.cellReselectOffset(), 6);
            Fields.requireRange("TEMPORARY_OFFSET", selection.temporaryOffset(), 3);
            Fields.requireRange("PENALTY_TIME", selection.penaltyTime(), 5);
            out.bit(selection.cbq()).bits(selection.cellReselectOffset(), 6).bits(selection.temporaryOffset(), 3)
                    .bits(selection.penaltyTime(), 5);
        }
    }

    /** {@code <Optional Power Offset> ::= L | H <POWER_OFFSET : bit (2)>}, -1 for absent. */
    static void powerOffset(RestOctetsWriter out, int powerOffset) {
        out.high(powerOffset != -1);
        if (powerOffset != -1) {
            Fields.requireRange("POWER_OFFSET", powerOffset, 2);
            out.bits(powerOffset, 2);
        }
    }

    /** {@code { L | H <RA COLOUR : bit (3)> <SI13 POSITION : bit (1)> }}. */
    static void gprsIndicator(RestOctetsWriter out, GprsIndicator gprs) {
        out.high(gprs != null);
        if (gprs != null) {
            Fields.requireRange("RA COLOUR", gprs.raColour(), 3);
            out.bits(gprs.raColour(), 3).bit(gprs.si13OnBcchExt());
        }
    }
}
