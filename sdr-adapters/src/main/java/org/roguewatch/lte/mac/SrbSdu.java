package org.roguewatch.lte.mac;

/** An RLC SDU of a signalling radio bearer: a PDCP PDU, with the channel it came on. */
record SrbSdu(int rnti, boolean uplink, int lcid, byte[] pdcpPdu) {
}
