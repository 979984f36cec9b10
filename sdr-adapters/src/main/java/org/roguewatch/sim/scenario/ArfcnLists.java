package org.roguewatch.sim.scenario;

import java.util.List;
import org.roguewatch.gsm.rr.FrequencyList;
import org.roguewatch.gsm.rr.FrequencyListCodec;
import org.roguewatch.gsm.rr.FrequencyListFormat;

/**
 * Chooses how a BA list or cell allocation is coded in the 16-octet frequency list IEs, in the
 * order a BSC tries (bit map 0, then the range formats from the narrowest, then the variable bit map).
 */
public final class ArfcnLists {
    private static final FrequencyListFormat[] ORDER = {
        FrequencyListFormat.BIT_MAP_0, FrequencyListFormat.RANGE_128, FrequencyListFormat.RANGE_256,
        FrequencyListFormat.RANGE_512, FrequencyListFormat.RANGE_1024, FrequencyListFormat.VARIABLE_BIT_MAP,
    };
    private static final int IE_OCTETS = 16;

    private ArfcnLists() {
    }

    /**
     * @param arfcns distinct ARFCNs, any order
     * @throws IllegalArgumentException when no format holds them in 16 octets
     */
    public static FrequencyList compact(List<Integer> arfcns) {
        int[] sorted = arfcns.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        for (FrequencyListFormat format : ORDER) {
            try {
                FrequencyListCodec.encode(format, sorted, IE_OCTETS);
                return new FrequencyList(format, sorted);
            } catch (IllegalArgumentException e) {
                // try the next format
            }
        }
        throw new IllegalArgumentException(sorted.length + " ARFCNs " + arfcns + " fit no 16-octet frequency list");
    }

    public static boolean fits(List<Integer> arfcns) {
        try {
            compact(arfcns);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
