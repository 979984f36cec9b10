package org.roguewatch.gsm.rr;

import java.util.List;

/** Argument checks shared by the rest-octet records: every value must fit its CSN.1 field. */
final class Fields {
    private Fields() {
    }

    static void requireRange(String name, int value, int bits) {
        if (value < 0 || value >= (1 << bits)) {
            throw new IllegalArgumentException(name + " " + value + " does not fit in " + bits + " bit(s)");
        }
    }

    static void requireRange(String name, Integer value, int bits) {
        if (value != null) {
            requireRange(name, value.intValue(), bits);
        }
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
