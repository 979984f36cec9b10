package org.roguewatch.gsm.rr;

import java.util.Arrays;
import java.util.Objects;

/**
 * A decoded frequency list: the format it was sent in and the ARFCNs it names.
 *
 * @param format the coding the sender chose
 * @param arfcns the ARFCNs, ascending and distinct, each 0..1023; the accessor returns a copy
 */
public record FrequencyList(FrequencyListFormat format, int[] arfcns) {
    /** Highest ARFCN a 10-bit field can carry (TS 45.005 clause 2). */
    public static final int MAX_ARFCN = 1023;

    public FrequencyList {
        Objects.requireNonNull(format, "format");
        arfcns = arfcns.clone();
        for (int i = 0; i < arfcns.length; i++) {
            if (arfcns[i] < 0 || arfcns[i] > MAX_ARFCN) {
                throw new IllegalArgumentException("ARFCN " + arfcns[i] + " outside 0.." + MAX_ARFCN);
            }
            if (i > 0 && arfcns[i] <= arfcns[i - 1]) {
                throw new IllegalArgumentException("ARFCNs not ascending and distinct: " + Arrays.toString(arfcns));
            }
        }
    }

    @Override
    public int[] arfcns() {
        return arfcns.clone();
    }

    public int size() {
        return arfcns.length;
    }

    public boolean isEmpty() {
        return arfcns.length == 0;
    }

    public boolean contains(int arfcn) {
        return Arrays.binarySearch(arfcns, arfcn) >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrequencyList that && format == that.format && Arrays.equals(arfcns, that.arfcns);
    }

    @Override
    public int hashCode() {
        return 31 * format.hashCode() + Arrays.hashCode(arfcns);
    }

    @Override
    public String toString() {
        return "FrequencyList[format=" + format + ", arfcns=" + Arrays.toString(arfcns) + "]";
    }
}
