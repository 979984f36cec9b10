package org.roguewatch.gsm;

import org.roguewatch.decode.Octets;

/**
 * Location Area Identification (TS 24.008 10.5.1.3). MCC and MNC stay strings because leading
 * zeros are significant: MNC "02" and "002" are different networks.
 */
public record LocationAreaId(String mcc, String mnc, int lac) {

    /** Reads the 5-octet value part. */
    public static LocationAreaId read(Octets in) {
        int octet1 = in.u8("lai.mcc");
        int octet2 = in.u8("lai.mcc3/mnc3");
        int octet3 = in.u8("lai.mnc");
        int lac = in.u16("lai.lac");
        String mcc = "" + Tbcd.digit(octet1 & 0x0f, in, "MCC digit 1") + Tbcd.digit(octet1 >>> 4, in, "MCC digit 2")
                + Tbcd.digit(octet2 & 0x0f, in, "MCC digit 3");
        StringBuilder mnc = new StringBuilder(3)
                .append(Tbcd.digit(octet3 & 0x0f, in, "MNC digit 1"))
                .append(Tbcd.digit(octet3 >>> 4, in, "MNC digit 2"));
        // Octet 2 bits 8-5 hold MNC digit 3, or 0xF for a two-digit MNC.
        if ((octet2 >>> 4) != 0x0f) {
            mnc.append(Tbcd.digit(octet2 >>> 4, in, "MNC digit 3"));
        }
        return new LocationAreaId(mcc, mnc.toString(), lac);
    }

    public String plmn() {
        return mcc + "-" + mnc;
    }

    @Override
    public String toString() {
        return mcc + "-" + mnc + "-" + lac;
    }
}
