package org.roguewatch.gsm;

/** Writes a Location Area Identification (TS 24.008 10.5.1.3), the inverse of {@link LocationAreaId#read}. */
public final class LocationAreaIdEncoder {
    /** The value part is always 5 octets: MCC/MNC in 3, LAC in 2. */
    public static final int LENGTH = 5;

    private LocationAreaIdEncoder() {
    }

    /**
     * @throws IllegalArgumentException when the MCC is not 3 digits, the MNC not 2 or 3, or the LAC
     *                                  outside 0..65535
     */
    public static byte[] encode(LocationAreaId lai) {
        String mcc = lai.mcc();
        String mnc = lai.mnc();
        if (mcc == null || mcc.length() != 3) {
            throw new IllegalArgumentException("MCC must have 3 digits: " + mcc);
        }
        if (mnc == null || (mnc.length() != 2 && mnc.length() != 3)) {
            throw new IllegalArgumentException("MNC must have 2 or 3 digits: " + mnc);
        }
        if (lai.lac() < 0 || lai.lac() > 0xffff) {
            throw new IllegalArgumentException("LAC " + lai.lac() + " out of range 0..65535");
        }
        // Octet 2 bits 8-5: MNC digit 3, or the 0xF filler for a two-digit MNC (10.5.1.3).
        int mncDigit3 = mnc.length() == 3 ? TbcdEncoder.nibble(mnc.charAt(2), "MNC digit 3") : 0x0f;
        return new OctetWriter()
                .u8(TbcdEncoder.nibble(mcc.charAt(1), "MCC digit 2") << 4 | TbcdEncoder.nibble(mcc.charAt(0), "MCC digit 1"))
                .u8(mncDigit3 << 4 | TbcdEncoder.nibble(mcc.charAt(2), "MCC digit 3"))
                .u8(TbcdEncoder.nibble(mnc.charAt(1), "MNC digit 2") << 4 | TbcdEncoder.nibble(mnc.charAt(0), "MNC digit 1"))
                .u16(lai.lac())
                .toByteArray();
    }
}
