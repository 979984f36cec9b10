package org.roguewatch.sim.scenario;

/** One {@code key = value} line. */
record IniEntry(String key, String value, int line) {
}
