package org.roguewatch.gsm.sms;

/** One information element of a User Data Header (TS 23.040 9.2.3.24). */
public sealed interface InformationElement
        permits Concatenation, ApplicationPorts, RawInformationElement {
    int IEI_CONCATENATION_8BIT = 0x00;
    int IEI_PORTS_8BIT = 0x04;
    int IEI_PORTS_16BIT = 0x05;
    int IEI_CONCATENATION_16BIT = 0x08;

    /** The information element identifier. */
    int iei();
}
