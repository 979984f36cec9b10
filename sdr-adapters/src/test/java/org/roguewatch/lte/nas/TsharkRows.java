package org.roguewatch.lte.nas;

import java.util.List;
import java.util.Map;
import org.roguewatch.testing.TsvFixture;

/** Reads the fixtures make-fixtures.sh writes: '#' comment lines, a header row, tab-separated rows. */
final class TsharkRows {
    private TsharkRows() {
    }

    static List<Map<String, String>> read(String resource) {
        List<String> lines = lines(resource).stream().filter(l -> !l.startsWith("#")).toList();
        return TsvFixture.table(lines.get(0), lines.subList(1, lines.size()));
    }

    static List<String> lines(String resource) {
        return TsvFixture.lines(TsharkRows.class, resource);
    }
}
