package org.roguewatch.gsm.rr;

/** System Information Type 13 (TS 44.018 9.1.43a): GPRS parameters of the cell, in the rest octets. */
public record SystemInformation13(Si13RestOctets restOctets) implements RrMessage {
    @Override
    public String name() {
        return "System Information Type 13";
    }
}
