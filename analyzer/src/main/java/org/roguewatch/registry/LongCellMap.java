package org.roguewatch.registry;

/**
 * An open-addressing hash map from packed identity keys to planned cells: two flat arrays instead
 * of a node and a boxed key per entry, which keeps a million-cell plan small and quick to build.
 */
final class LongCellMap {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L; // Fibonacci hashing multiplier, 2^64 / phi

    private long[] keys = new long[16];
    private PlannedCell[] values = new PlannedCell[16];
    private int size;
    private int shift = 64 - 4;

    /** Stores the cell unless the key is taken; returns the cell already there, or null. */
    PlannedCell putIfAbsent(long key, PlannedCell cell) {
        if (size * 2 >= values.length) {
            grow();
        }
        int mask = values.length - 1;
        for (int i = slot(key); ; i = i + 1 & mask) {
            if (values[i] == null) {
                keys[i] = key;
                values[i] = cell;
                size++;
                return null;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    PlannedCell get(long key) {
        int mask = values.length - 1;
        for (int i = slot(key); values[i] != null; i = i + 1 & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        return (int) (key * GOLDEN >>> shift);
    }

    private void grow() {
        long[] oldKeys = keys;
        PlannedCell[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new PlannedCell[oldValues.length * 2];
        shift--;
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }
}
