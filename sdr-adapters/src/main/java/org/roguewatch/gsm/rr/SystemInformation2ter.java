package org.roguewatch.gsm.rr;

/**
 * System Information Type 2ter (TS 44.018 9.1.34): neighbours in the other band of a multiband
 * network (Neighbour Cell Description 2, 10.5.2.22a).
 */
public record SystemInformation2ter(BaList neighbours) implements RrMessage {
    @Override
    public String name() {
        return "System Information Type 2ter";
    }

    @Override
    public String info() {
        return "BA(multiband) " + Arfcns.format(neighbours.arfcns());
    }
}
