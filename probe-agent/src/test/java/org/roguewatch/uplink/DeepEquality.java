package org.roguewatch.uplink;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.roguewatch.observe.CellObservation;

/**
 * Structural equality for observations and the decoded messages inside them: records component by
 * component and arrays by content (a record's own equals compares array components by identity,
 * which no round trip can satisfy). Returns where two graphs first differ, or null.
 */
final class DeepEquality {
    private DeepEquality() {
    }

    static String difference(CellObservation a, CellObservation b) {
        String where = a.toString();
        return firstNonNull(
                compare(where + ".probeId", a.probeId(), b.probeId()),
                compare(where + ".radio", a.radio(), b.radio()),
                compare(where + ".channel", a.channel(), b.channel()),
                compare(where + ".firstSeen", a.firstSeen(), b.firstSeen()),
                compare(where + ".lastSeen", a.lastSeen(), b.lastSeen()),
                compare(where + ".fields", a.fields(), b.fields()),
                compare(where + ".messages", a.messages(), b.messages()),
                compare(where + ".signal", a.signal(), b.signal()),
                compare(where + ".transactions", a.transactions(), b.transactions()),
                compare(where + ".identity", a.identity(), b.identity()));
    }

    private static String firstNonNull(String... differences) {
        for (String difference : differences) {
            if (difference != null) {
                return difference;
            }
        }
        return null;
    }

    static String compare(String path, Object a, Object b) {
        if (a == null || b == null) {
            return a == b ? null : path + ": " + a + " vs " + b;
        }
        if (a.getClass() != b.getClass() && !(a instanceof List && b instanceof List)
                && !(a instanceof Map && b instanceof Map) && !(a instanceof java.nio.ByteBuffer)) {
            return path + ": class " + a.getClass().getName() + " vs " + b.getClass().getName();
        }
        if (a.getClass().isArray()) {
            int length = Array.getLength(a);
            if (length != Array.getLength(b)) {
                return path + ": array length " + length + " vs " + Array.getLength(b);
            }
            for (int i = 0; i < length; i++) {
                String difference = compare(path + "[" + i + "]", Array.get(a, i), Array.get(b, i));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (a instanceof Record) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    String difference = compare(path + "." + component.getName(),
                            component.getAccessor().invoke(a), component.getAccessor().invoke(b));
                    if (difference != null) {
                        return difference;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        }
        if (a instanceof List<?> listA && b instanceof List<?> listB) {
            if (listA.size() != listB.size()) {
                return path + ": size " + listA.size() + " vs " + listB.size();
            }
            for (int i = 0; i < listA.size(); i++) {
                String difference = compare(path + "[" + i + "]", listA.get(i), listB.get(i));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (a instanceof Map<?, ?> mapA && b instanceof Map<?, ?> mapB) {
            if (!mapA.keySet().equals(mapB.keySet())) {
                return path + ": keys " + mapA.keySet() + " vs " + mapB.keySet();
            }
            Iterator<?> orderB = mapB.keySet().iterator();
            for (Map.Entry<?, ?> entry : mapA.entrySet()) {
                if (!Objects.equals(entry.getKey(), orderB.next())) {
                    return path + ": key order differs at " + entry.getKey();
                }
                String difference = compare(path + "." + entry.getKey(), entry.getValue(), mapB.get(entry.getKey()));
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return a.equals(b) ? null : path + ": " + a + " vs " + b;
    }
}
