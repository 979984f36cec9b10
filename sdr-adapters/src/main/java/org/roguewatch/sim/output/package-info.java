/**
 * The files a simulation writes beside the captures: probes.csv, the legitimate network's cell plan,
 * the FM licence list and the ground truth.
 */
package org.roguewatch.sim.output;
