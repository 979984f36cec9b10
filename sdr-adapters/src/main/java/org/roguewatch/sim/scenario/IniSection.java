package org.roguewatch.sim.scenario;

import java.util.List;

/**
 * One {@code [kind]} or {@code [kind id]} section and its entries in file order.
 *
 * @param id the second word of the header, or {@code null}
 */
record IniSection(String kind, String id, int line, List<IniEntry> entries) {
    String label() {
        return id == null ? "[" + kind + "]" : "[" + kind + " " + id + "]";
    }
}
