/**
 * Scenarios of the simulated air: the documented line-based file format, its strict loader (every
 * error names file, line and field), and the records it yields — area, propagation, the
 * legitimate network (from a plan or generated), probes, rogue emitters and FM stations.
 */
package org.roguewatch.sim.scenario;
