package org.roguewatch.gsm.rr;

/**
 * System Information Type 5, 5bis or 5ter (TS 44.018 9.1.37-9.1.39): the dedicated-mode neighbour
 * list sent on SACCH.
 *
 * @param variant "5", "5bis" or "5ter"
 */
public record SystemInformation5(String variant, BaList neighbours) implements RrMessage {
    @Override
    public String name() {
        return "System Information Type " + variant;
    }

    @Override
    public String info() {
        return "BA " + Arfcns.format(neighbours.arfcns());
    }
}
