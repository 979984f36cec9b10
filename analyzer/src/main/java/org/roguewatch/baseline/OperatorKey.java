package org.roguewatch.baseline;

import java.util.Comparator;
import java.util.regex.Pattern;
import org.roguewatch.observe.Radio;

/** Radio and PLMN: what a baseline is kept per. MCC and MNC are digit strings (leading zeros count). */
record OperatorKey(Radio radio, String mcc, String mnc) implements Comparable<OperatorKey> {
    private static final Pattern MCC = Pattern.compile("[0-9]{3}");
    private static final Pattern MNC = Pattern.compile("[0-9]{2,3}");
    private static final Comparator<OperatorKey> ORDER = Comparator.comparing(OperatorKey::radio)
            .thenComparing(OperatorKey::mcc).thenComparing(OperatorKey::mnc);

    /** Whether the MCC and MNC are well-formed (TS 23.003 2.2: three digits, and two or three). */
    static boolean valid(String mcc, String mnc) {
        return mcc != null && mnc != null && MCC.matcher(mcc).matches() && MNC.matcher(mnc).matches();
    }

    @Override
    public int compareTo(OperatorKey other) {
        return ORDER.compare(this, other);
    }
}
