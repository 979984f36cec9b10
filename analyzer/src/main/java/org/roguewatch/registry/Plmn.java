package org.roguewatch.registry;

/**
 * A public land mobile network: MCC and MNC as digit strings, since leading zeros count ("01" and
 * "001" are different MNCs, TS 23.003 clause 2.2).
 */
public record Plmn(String mcc, String mnc) {
    public Plmn {
        if (!isMcc(mcc)) {
            throw new IllegalArgumentException("'" + mcc + "' is not an MCC (3 digits)");
        }
        if (!isMnc(mnc)) {
            throw new IllegalArgumentException("'" + mnc + "' is not an MNC (2 or 3 digits)");
        }
    }

    /** Parses the "MCC-MNC" form used in settings and reports, e.g. "262-02". */
    public static Plmn parse(String text) {
        int dash = text.indexOf('-');
        if (dash < 0 || !isMcc(text.substring(0, dash)) || !isMnc(text.substring(dash + 1))) {
            throw new IllegalArgumentException("'" + text + "' is not a PLMN (MCC-MNC, e.g. 262-02)");
        }
        return new Plmn(text.substring(0, dash), text.substring(dash + 1));
    }

    public static boolean isMcc(String text) {
        return text != null && text.length() == 3 && allDigits(text);
    }

    public static boolean isMnc(String text) {
        return text != null && (text.length() == 2 || text.length() == 3) && allDigits(text);
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return mcc + "-" + mnc;
    }
}
