package org.roguewatch.gsm.sms;

/**
 * Application port addressing (TS 23.040 9.2.3.24.3, IEI 0x04, 8-bit ports, and 9.2.3.24.4,
 * IEI 0x05, 16-bit ports), as used by WAP push and SIM toolkit applications.
 */
public record ApplicationPorts(int destination, int originator, boolean sixteenBit) implements InformationElement {
    @Override
    public int iei() {
        return sixteenBit ? IEI_PORTS_16BIT : IEI_PORTS_8BIT;
    }
}
