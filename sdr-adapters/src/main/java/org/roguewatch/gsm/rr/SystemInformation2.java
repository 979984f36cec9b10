package org.roguewatch.gsm.rr;

/**
 * System Information Type 2 (TS 44.018 9.1.32): the neighbour list (BA) phones measure in idle
 * mode, the NCCs they may report, and access control.
 *
 * @param neighbours   Neighbour Cell Description (10.5.2.22)
 * @param nccPermitted NCC permitted bit map (bit n set: NCC n may be reported)
 * @param rach         RACH control parameters
 */
public record SystemInformation2(BaList neighbours, int nccPermitted, RachControlParameters rach) implements RrMessage {
    @Override
    public String name() {
        return "System Information Type 2";
    }

    @Override
    public String info() {
        return "BA " + Arfcns.format(neighbours.arfcns());
    }
}
