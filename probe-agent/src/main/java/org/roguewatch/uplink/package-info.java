/**
 * The uplink from probe to analyzer: the versioned, length-prefixed wire format (frames, the binary
 * codec of cell observations and health) and the Netty TLS client that ships the spool and resends
 * after reconnects. The format is described in {@code docs/wire-protocol.md}.
 */
package org.roguewatch.uplink;
