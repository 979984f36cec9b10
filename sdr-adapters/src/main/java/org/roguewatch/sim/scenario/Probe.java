package org.roguewatch.sim.scenario;

/** A receiver of the scenario: fixed (one waypoint) or mobile along its track. */
public record Probe(String id, Track track, double heightM) {
}
