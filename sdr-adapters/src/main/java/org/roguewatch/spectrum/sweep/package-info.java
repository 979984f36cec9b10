/**
 * Sweep CSVs from rtl_power and hackrf_sweep: a streaming reader that tells the two apart by content
 * and reports bad lines without stopping, and an assembler that groups hop rows into whole sweeps on
 * one frequency grid.
 */
package org.roguewatch.spectrum.sweep;
