package org.roguewatch.gsm.rr;

/** System Information Type 2bis (TS 44.018 9.1.33): the extension of the BA list of SI2. */
public record SystemInformation2bis(BaList neighbours, RachControlParameters rach) implements RrMessage {
    @Override
    public String name() {
        return "System Information Type 2bis";
    }

    @Override
    public String info() {
        return "BA(ext) " + Arfcns.format(neighbours.arfcns());
    }
}
