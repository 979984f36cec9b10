/**
 * The analyzer's side of the probe fleet: the Netty TLS server that accepts only the operator's
 * probes, drops resent duplicates by a durable per-probe high-water mark, hands observations to a
 * detection stage, and keeps the registry of probes (alive, stale, silent) with its PROBE-SILENT
 * finding.
 */
package org.roguewatch.ingest;
