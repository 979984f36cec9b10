package org.roguewatch.gsm.rr;

import org.roguewatch.decode.Octets;

/**
 * Channel Description (TS 44.018 10.5.2.5): which dedicated channel a phone is sent to.
 *
 * @param channelType "TCH/F", "TCH/H", "SDCCH/4", "SDCCH/8" or "reserved"
 * @param subChannel  sub-channel number within the type
 * @param timeslot    TN
 * @param tsc         training sequence code
 * @param hopping     true when MAIO/HSN follow instead of an ARFCN
 * @param arfcn       the ARFCN when not hopping, else -1
 * @param maio        MAIO when hopping, else -1
 * @param hsn         HSN when hopping, else -1
 */
public record ChannelDescription(String channelType, int subChannel, int timeslot, int tsc, boolean hopping,
                                 int arfcn, int maio, int hsn) {

    static ChannelDescription read(Octets in) {
        int octet1 = in.u8("channel description");
        int octet2 = in.u8("channel description");
        int octet3 = in.u8("channel description");
        int typeAndOffset = octet1 >>> 3;
        String type;
        int sub;
        if (typeAndOffset == 0x01) {
            type = "TCH/F";
            sub = 0;
        } else if ((typeAndOffset & 0x1e) == 0x02) {
            type = "TCH/H";
            sub = typeAndOffset & 0x01;
        } else if ((typeAndOffset & 0x1c) == 0x04) {
            type = "SDCCH/4";
            sub = typeAndOffset & 0x03;
        } else if ((typeAndOffset & 0x18) == 0x08) {
            type = "SDCCH/8";
            sub = typeAndOffset & 0x07;
        } else {
            type = "reserved";
            sub = typeAndOffset;
        }
        int tsc = octet2 >>> 5;
        boolean hopping = (octet2 & 0x10) != 0;
        if (hopping) {
            int maio = ((octet2 & 0x0f) << 2) | (octet3 >>> 6);
            return new ChannelDescription(type, sub, octet1 & 0x07, tsc, true, -1, maio, octet3 & 0x3f);
        }
        int arfcn = ((octet2 & 0x03) << 8) | octet3;
        return new ChannelDescription(type, sub, octet1 & 0x07, tsc, false, arfcn, -1, -1);
    }

    @Override
    public String toString() {
        return channelType + "(" + subChannel + ") TN " + timeslot + (hopping ? " hopping MAIO " + maio + " HSN " + hsn
                : " ARFCN " + arfcn);
    }
}
