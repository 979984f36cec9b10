package org.roguewatch.gsm.rr;

/**
 * System Information Type 2quater (TS 44.018 9.1.34a): 3G and E-UTRAN neighbours and the
 * reselection priorities between GSM, UMTS and LTE, all in the rest octets.
 */
public record SystemInformation2quater(Si2quaterRestOctets restOctets) implements RrMessage {
    @Override
    public String name() {
        return "System Information Type 2quater";
    }

    @Override
    public String info() {
        return "index " + restOctets.index() + "/" + restOctets.count();
    }
}
