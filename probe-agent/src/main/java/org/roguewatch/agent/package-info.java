/**
 * The probe-agent daemon: its strict config file, its sources (capture replay, live interface,
 * GSMTAP UDP), its position (fixed or NMEA 0183 from a file, device or gpsd), edge folding of
 * what the sources hear into observation snapshots for the spool, and the rotating evidence pcap.
 */
package org.roguewatch.agent;
