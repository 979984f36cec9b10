package org.roguewatch.sim;

/** Hears how a simulation is going (the CLI shows it on stderr). */
@FunctionalInterface
public interface SimulationListener {
    SimulationListener NONE = message -> { };

    /** One short line: a phase started or finished. */
    void progress(String message);
}
