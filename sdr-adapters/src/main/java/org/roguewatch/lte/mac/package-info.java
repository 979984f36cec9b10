/**
 * LTE layer 2 as srsRAN and LTESniffer capture it (Wireshark's MAC-LTE framing): the MAC PDU is
 * demultiplexed (TS 36.321), SRB data reassembled through RLC AM (TS 36.322) and PDCP (TS 36.323),
 * so that the LTE RRC messages inside reach the same decoders as GSMTAP LTE_RRC frames.
 */
package org.roguewatch.lte.mac;
