package org.roguewatch.gsm.sms;

import java.util.Arrays;

/**
 * The GSM 7-bit default alphabet with its extension table (TS 23.038 clauses 6.2.1 and 6.2.1.1)
 * and the SMS packing of septets into octets (TS 23.038 clause 6.1.2.1, TS 23.040 9.2.3.24).
 *
 * <p>Septets are packed least-significant bit first: septet {@code i} occupies bits
 * {@code 7i .. 7i+6} of the user data, counting bit 0 as the lowest bit of octet 0. A septet offset
 * leaves room for a User Data Header, whose fill bits keep the text on a septet boundary.
 */
public final class Gsm7 {
    /** Escape to the extension table (TS 23.038 6.2.1, code 0x1B). */
    public static final int ESCAPE = 0x1B;
    private static final int CARRIAGE_RETURN = 0x0D;

    private static final char[] DEFAULT_TABLE = (
            "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
            + "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\u001b\u00c6\u00e6\u00df\u00c9"
            + " !\"#\u00a4%&'()*+,-./"
            + "0123456789:;<=>?"
            + "\u00a1ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7"
            + "\u00bfabcdefghijklmno"
            + "pqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0").toCharArray();

    /** Extension table entries: septet after ESC, and the character it stands for. */
    private static final int[][] EXTENSION_TABLE = {
        {0x0A, '\f'}, {0x14, '^'}, {0x28, '{'}, {0x29, '}'}, {0x2F, '\\'},
        {0x3C, '['}, {0x3D, '~'}, {0x3E, ']'}, {0x40, '|'}, {0x65, '\u20ac'},
    };

    private static final char[] EXTENSION_DECODE = new char[128];
    private static final int[] DEFAULT_ENCODE = new int[0x10000];
    private static final int[] EXTENSION_ENCODE = new int[0x10000];

    static {
        Arrays.fill(DEFAULT_ENCODE, -1);
        Arrays.fill(EXTENSION_ENCODE, -1);
        for (int septet = 0; septet < DEFAULT_TABLE.length; septet++) {
            if (septet != ESCAPE) {
                DEFAULT_ENCODE[DEFAULT_TABLE[septet]] = septet;
            }
        }
        for (int[] entry : EXTENSION_TABLE) {
            EXTENSION_DECODE[entry[0]] = (char) entry[1];
            EXTENSION_ENCODE[entry[1]] = entry[0];
        }
    }

    private Gsm7() {
    }

    /** Whether every character is in the default alphabet or its extension table. */
    public static boolean canEncode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (DEFAULT_ENCODE[c] < 0 && EXTENSION_ENCODE[c] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Septets needed for one character: 2 for the extension table (ESC + code), else 1. */
    public static int septetsFor(char c) {
        if (DEFAULT_ENCODE[c] >= 0) {
            return 1;
        }
        if (EXTENSION_ENCODE[c] >= 0) {
            return 2;
        }
        throw new IllegalArgumentException(String.format("U+%04X is not in the GSM 7-bit alphabet", (int) c));
    }

    public static int septetCount(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += septetsFor(text.charAt(i));
        }
        return count;
    }

    /** The septet values (one per byte) for the text; extension characters become ESC + code. */
    public static byte[] toSeptets(CharSequence text) {
        byte[] septets = new byte[septetCount(text)];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int septet = DEFAULT_ENCODE[c];
            if (septet >= 0) {
                septets[n++] = (byte) septet;
            } else {
                septets[n++] = ESCAPE;
                septets[n++] = (byte) EXTENSION_ENCODE[c];
            }
        }
        return septets;
    }

    /**
     * The text of the septets. An escape before a code the extension table does not define shows
     * the default-table character (TS 23.038 6.2.1.1 note); an escape followed by another escape
     * (reserved for a further table) or ending the text shows a space (6.2.1 and 6.2.1.1).
     */
    public static String fromSeptets(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int septet = septets[i] & 0x7f;
            if (septet != ESCAPE) {
                text.append(DEFAULT_TABLE[septet]);
                continue;
            }
            if (i + 1 >= septets.length) {
                text.append(' ');
                continue;
            }
            int code = septets[++i] & 0x7f;
            if (code == ESCAPE) {
                text.append(' ');
            } else if (EXTENSION_DECODE[code] != 0) {
                text.append(EXTENSION_DECODE[code]);
            } else {
                text.append(DEFAULT_TABLE[code]);
            }
        }
        return text.toString();
    }

    /** Octets needed for {@code septets} septets after {@code septetOffset} septets. */
    public static int packedLength(int septetOffset, int septets) {
        return ((septetOffset + septets) * 7 + 7) / 8;
    }

    /**
     * Packs septets starting at septet index {@code septetOffset}; the octets before that are
     * left zero for the caller's User Data Header (the fill bits stay zero). When the packing
     * leaves 7 spare bits at the end, they carry CR rather than zeros, so a reader counting septets
     * from the octet length does not see a trailing '@' (TS 23.038 6.1.2.1.1); TP-UDL excludes it.
     */
    public static byte[] pack(byte[] septets, int septetOffset) {
        if (septetOffset < 0) {
            throw new IllegalArgumentException("septet offset " + septetOffset);
        }
        int total = septetOffset + septets.length;
        byte[] octets = new byte[packedLength(septetOffset, septets.length)];
        for (int i = 0; i < septets.length; i++) {
            put(octets, septetOffset + i, septets[i] & 0x7f);
        }
        if (total % 8 == 7) {
            put(octets, total, CARRIAGE_RETURN);
        }
        return octets;
    }

    /** Reads {@code count} septets starting at septet index {@code septetOffset}. */
    public static byte[] unpack(byte[] octets, int septetOffset, int count) {
        if (septetOffset < 0 || count < 0 || ((long) septetOffset + count) * 7 > (long) octets.length * 8) {
            throw new IllegalArgumentException("septets " + septetOffset + "+" + count + " do not fit in "
                    + octets.length + " octet(s)");
        }
        byte[] septets = new byte[count];
        for (int i = 0; i < count; i++) {
            int bit = (septetOffset + i) * 7;
            int index = bit >>> 3;
            int shift = bit & 7;
            int value = (octets[index] & 0xff) >>> shift;
            if (shift > 1) {
                value |= (octets[index + 1] & 0xff) << (8 - shift);
            }
            septets[i] = (byte) (value & 0x7f);
        }
        return septets;
    }

    /** Text to packed octets, starting at {@code septetOffset}. */
    public static byte[] encode(CharSequence text, int septetOffset) {
        return pack(toSeptets(text), septetOffset);
    }

    /** Packed octets to text: {@code count} septets from {@code septetOffset}. */
    public static String decode(byte[] octets, int septetOffset, int count) {
        return fromSeptets(unpack(octets, septetOffset, count));
    }

    private static void put(byte[] octets, int septetIndex, int septet) {
        int bit = septetIndex * 7;
        int index = bit >>> 3;
        int shift = bit & 7;
        octets[index] |= (byte) (septet << shift);
        if (shift > 1) {
            octets[index + 1] |= (byte) (septet >>> (8 - shift));
        }
    }
}
