/**
 * The process bridge: runs rtl_power or hackrf_sweep, parses their stdout live into sweep rows,
 * restarts them with capped, jittered exponential backoff, and says plainly when no radio is attached.
 */
package org.roguewatch.spectrum.bridge;
