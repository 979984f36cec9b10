package org.roguewatch.gsm.rr;

/** Presentation of ARFCN lists. */
public final class Arfcns {
    private Arfcns() {
    }

    /** Space-separated, ascending as decoded; "[]" when empty. */
    public static String format(int[] arfcns) {
        if (arfcns.length == 0) {
            return "[]";
        }
        StringBuilder out = new StringBuilder(arfcns.length * 4 + 2).append('[');
        for (int i = 0; i < arfcns.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(arfcns[i]);
        }
        return out.append(']').toString();
    }
}
