package org.roguewatch.lte.mac;

/** An RLC AM PDU (TS 36.322 6.2.1.4 to 6.2.1.6): data (whole or a re-segment) or a STATUS report. */
public sealed interface RlcAmPdu permits RlcAmData, RlcAmStatus {
    /** The SN space of the 10-bit sequence number SRBs use (TS 36.331 9.2.1.1: no sn-FieldLength). */
    int SN_MODULUS = 1024;
}
