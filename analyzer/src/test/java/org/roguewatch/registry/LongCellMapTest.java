package org.roguewatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roguewatch.observe.Radio;

class LongCellMapTest {
    private static PlannedCell cell(long id) {
        return new PlannedCell(Radio.LTE, "262", "02", 1, id, 0, null, 0, 0, null, null, null, null, "t:" + id);
    }

    @Test
    void agreesWithAHashMapThroughGrowthAndRepeatedKeys() {
        Random random = new Random(3);
        LongCellMap map = new LongCellMap();
        Map<Long, PlannedCell> reference = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            // Keys shaped like packed identities (high bits shared, low bits dense) and repeats.
            long key = i % 3 == 0 ? random.nextLong() >>> 1 : (262L * 2000 + 2) << 32 | random.nextInt(5000);
            PlannedCell value = cell(i);
            assertSame(reference.putIfAbsent(key, value), map.putIfAbsent(key, value), "putIfAbsent of key " + key);
        }
        assertEquals(reference.size(), map.size());
        reference.forEach((key, value) -> assertSame(value, map.get(key)));
        assertNull(map.get(-5));
    }
}
