package org.roguewatch.report;

import org.roguewatch.observe.ArfcnList;
import org.roguewatch.observe.CellIdentity;

/** Value conversions shared by the human and the machine report. */
final class ReportFormat {
    private ReportFormat() {
    }

    /** A field value as JSON wants it: ARFCN lists as arrays of numbers, the rest as is. */
    static Object jsonValue(Object value) {
        return value instanceof ArfcnList list ? list.toList() : value;
    }

    /** A field value for people: ARFCN lists space-separated, booleans as yes/no. */
    static String humanValue(Object value) {
        if (value instanceof ArfcnList list) {
            if (list.size() == 0) {
                return "(none)";
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(list.get(i));
            }
            return out.toString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        return String.valueOf(value);
    }

    static String cgi(CellIdentity identity) {
        return identity.toString();
    }
}
