/**
 * Radio propagation of the simulated air: log-distance path loss, sector antenna patterns and
 * spatially correlated log-normal shadowing, all deterministic from the scenario's seed.
 */
package org.roguewatch.sim.propagation;
