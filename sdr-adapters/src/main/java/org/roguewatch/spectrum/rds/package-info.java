/**
 * RDS (IEC 62106 / NRSC-4) from complex baseband: FM demodulation, the 57 kHz subcarrier, bi-phase
 * symbols at 1187.5 bit/s, differential decoding and block synchronisation by the offset words —
 * enough to read a station's programme identification (PI) code.
 */
package org.roguewatch.spectrum.rds;
