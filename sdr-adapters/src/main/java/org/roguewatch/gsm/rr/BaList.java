package org.roguewatch.gsm.rr;

import org.roguewatch.decode.Octets;

/**
 * A BCCH allocation as broadcast in SI2/2bis/2ter/5/5bis/5ter: the neighbour ARFCNs a phone
 * measures for reselection. A fake cell typically sends an empty or one-entry list so phones
 * never leave it.
 *
 * @param extInd             EXT-IND: the list is only part of the BA (more in SI2bis/5bis); false for 2ter
 * @param baInd              BA-IND sequence bit
 * @param multibandReporting MULTIBAND_REPORTING code (Neighbour Cell Description 2 only, else -1)
 * @param frequencies        the decoded ARFCNs
 */
public record BaList(boolean extInd, int baInd, int multibandReporting, FrequencyList frequencies) {

    /** Neighbour Cell Description (TS 44.018 10.5.2.22): 16 octets, EXT-IND bit 6, BA-IND bit 5. */
    static BaList readNeighbourCellDescription(Octets in) {
        int octet1 = in.peek("neighbour cell description");
        FrequencyList list = FrequencyListCodec.decode(in.window(16, "neighbour cell description"));
        return new BaList((octet1 & 0x20) != 0, (octet1 >>> 4) & 0x01, -1, list);
    }

    /**
     * Neighbour Cell Description 2 (TS 44.018 10.5.2.22a): bits 7-6 of octet 1 are MULTIBAND_REPORTING,
     * so the format is identified by bit 8 and bits 4-2 alone.
     */
    static BaList readNeighbourCellDescription2(Octets in) {
        int octet1 = in.peek("neighbour cell description 2");
        FrequencyList list = FrequencyListCodec.decodeNeighbourCellDescription2(
                in.window(16, "neighbour cell description 2"));
        return new BaList(false, (octet1 >>> 4) & 0x01, (octet1 >>> 5) & 0x03, list);
    }

    /** Cell Channel Description (TS 44.018 10.5.2.1b): the cell's own allocation, no flag bits. */
    static FrequencyList readCellChannelDescription(Octets in) {
        return FrequencyListCodec.decode(in.window(16, "cell channel description"));
    }

    public int[] arfcns() {
        return frequencies.arfcns();
    }
}
