package org.roguewatch.gsmtap;

/**
 * Um channel sub-types ({@code GSMTAP_CHANNEL_*} in gsmtap.h). The {@link #ACCH} flag marks the
 * slow/fast associated control channel of the base channel in the low bits.
 */
public final class GsmtapChannel {
    public static final int UNKNOWN = 0x00;
    public static final int BCCH = 0x01;
    public static final int CCCH = 0x02;
    public static final int RACH = 0x03;
    public static final int AGCH = 0x04;
    public static final int PCH = 0x05;
    public static final int SDCCH = 0x06;
    public static final int SDCCH4 = 0x07;
    public static final int SDCCH8 = 0x08;
    public static final int TCH_F = 0x09;
    public static final int TCH_H = 0x0a;
    public static final int PACCH = 0x0b;
    public static final int CBCH52 = 0x0c;
    public static final int PDTCH = 0x0d;
    public static final int PTCCH = 0x0e;
    public static final int CBCH51 = 0x0f;
    public static final int VOICE_F = 0x10;
    public static final int VOICE_H = 0x11;
    public static final int ACCH = 0x80;

    private static final String[] NAMES = {
        "UNKNOWN", "BCCH", "CCCH", "RACH", "AGCH", "PCH", "SDCCH", "SDCCH/4", "SDCCH/8",
        "FACCH/F", "FACCH/H", "PACCH", "CBCH52", "PDTCH", "PTCCH", "CBCH51", "VOICE/F", "VOICE/H",
    };

    private GsmtapChannel() {
    }

    public static int base(int subType) {
        return subType & ~ACCH;
    }

    public static boolean isAssociated(int subType) {
        return (subType & ACCH) != 0;
    }

    /** Channels that carry the L2 pseudo length + RR message of TS 44.006 format Bbis. */
    public static boolean isCommonControl(int subType) {
        int base = base(subType);
        return !isAssociated(subType) && (base == BCCH || base == CCCH || base == AGCH || base == PCH);
    }

    /** Channels whose blocks are LAPDm frames (TS 44.006 formats A/B/B4). */
    public static boolean isDedicatedControl(int subType) {
        int base = base(subType);
        return base == SDCCH || base == SDCCH4 || base == SDCCH8 || base == TCH_F || base == TCH_H;
    }

    public static String name(int subType) {
        int base = base(subType);
        String name = base < NAMES.length ? NAMES[base] : String.format("CHANNEL_0x%02x", base);
        if (isAssociated(subType)) {
            return base == TCH_F || base == TCH_H ? "SACCH/" + name.substring(name.indexOf('/') + 1)
                    : "SACCH(" + name + ")";
        }
        return name;
    }
}
