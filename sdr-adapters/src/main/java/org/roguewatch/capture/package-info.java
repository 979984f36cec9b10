/**
 * The capture bridge: reads link-layer packets from pcap and pcapng files (pure Java, memory-mapped,
 * or through libpcap via Pcap4J), live interfaces and a GSMTAP UDP socket, and unwraps them down to
 * the UDP payloads the GSMTAP decoders take.
 */
package org.roguewatch.capture;
