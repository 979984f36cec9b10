/**
 * The probe's durable spool: every record is appended to a segment file (with a CRC) before it is
 * sent, and deleted only when the analyzer has acknowledged it; bounded by size, dropping (and
 * counting) the oldest segments when full; recovered on start, a torn tail record truncated.
 */
package org.roguewatch.spool;
