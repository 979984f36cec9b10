package org.roguewatch.gsm.sms;

/**
 * Concatenated short message (TS 23.040 9.2.3.24.1, IEI 0x00, and 9.2.3.24.8, IEI 0x08).
 *
 * @param reference       the reference shared by all parts
 * @param total           how many parts the message has
 * @param sequence        this part's number, from 1
 * @param sixteenBitReference whether the reference is 16-bit (IEI 0x08) rather than 8-bit (0x00)
 */
public record Concatenation(int reference, int total, int sequence, boolean sixteenBitReference)
        implements InformationElement {
    @Override
    public int iei() {
        return sixteenBitReference ? IEI_CONCATENATION_16BIT : IEI_CONCATENATION_8BIT;
    }
}
