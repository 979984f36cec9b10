package org.roguewatch.gsm.sms;

/** The character set of the user data (TS 23.038 clause 4, bits 3-2 of the general group). */
public enum Alphabet {
    /** GSM 7-bit default alphabet; TP-UDL counts septets. */
    GSM_7BIT,
    /** 8-bit data, opaque to the text layer; TP-UDL counts octets. */
    DATA_8BIT,
    /** UCS-2 (in practice UTF-16BE); TP-UDL counts octets. */
    UCS2
}
