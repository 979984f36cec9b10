package org.roguewatch.gsm.sms;

import java.util.Objects;
import java.util.Optional;

/**
 * TP-DCS, decoded per the coding groups of TS 23.038 clause 4.
 *
 * @param value          the raw octet
 * @param alphabet       the character set of the user data
 * @param messageClass   the message class, or {@link MessageClass#NONE}
 * @param compressed     user data compressed per TS 23.042 (general and auto-deletion groups)
 * @param autoDeletion   the "marked for automatic deletion" group (01xx)
 * @param messageWaiting the indication of groups 1100-1110, if this is one
 * @param reserved       a reserved coding; per clause 4 it is then read as the GSM 7-bit alphabet
 */
public record DataCodingScheme(int value, Alphabet alphabet, MessageClass messageClass, boolean compressed,
        boolean autoDeletion, Optional<MessageWaiting> messageWaiting, boolean reserved) {

    public DataCodingScheme {
        Objects.requireNonNull(alphabet, "alphabet");
        Objects.requireNonNull(messageClass, "messageClass");
        Objects.requireNonNull(messageWaiting, "messageWaiting");
    }

    /** Decodes any octet; every value has a meaning (reserved ones fall back to GSM 7-bit). */
    public static DataCodingScheme decode(int value) {
        int dcs = value & 0xff;
        int group = dcs >>> 4;
        switch (group) {
            case 0x0, 0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7 -> {
                // General data coding (00xx) and automatic deletion (01xx) share one layout:
                // bit 5 compressed, bit 4 "bits 1-0 carry a class", bits 3-2 the alphabet.
                int alphabetBits = (dcs >>> 2) & 0x03;
                MessageClass messageClass = (dcs & 0x10) != 0 ? MessageClass.ofBits(dcs) : MessageClass.NONE;
                return new DataCodingScheme(dcs, alphabetOf(alphabetBits), messageClass, (dcs & 0x20) != 0,
                        group >= 0x4, Optional.empty(), alphabetBits == 0x03);
            }
            case 0xC, 0xD, 0xE -> {
                MessageWaiting waiting = new MessageWaiting(group != 0xC, (dcs & 0x08) != 0,
                        MessageWaiting.Type.values()[dcs & 0x03]);
                return new DataCodingScheme(dcs, group == 0xE ? Alphabet.UCS2 : Alphabet.GSM_7BIT,
                        MessageClass.NONE, false, false, Optional.of(waiting), false);
            }
            case 0xF -> {
                // Data coding/message class: bit 2 picks 8-bit data over GSM 7-bit, bits 1-0 the class.
                return new DataCodingScheme(dcs, (dcs & 0x04) != 0 ? Alphabet.DATA_8BIT : Alphabet.GSM_7BIT,
                        MessageClass.ofBits(dcs), false, false, Optional.empty(), false);
            }
            default -> {
                // 1000-1011 are reserved coding groups.
                return new DataCodingScheme(dcs, Alphabet.GSM_7BIT, MessageClass.NONE, false, false,
                        Optional.empty(), true);
            }
        }
    }

    /** The general-group coding (00xx) for an alphabet and an optional class, uncompressed. */
    public static DataCodingScheme of(Alphabet alphabet, MessageClass messageClass) {
        int value = switch (alphabet) {
            case GSM_7BIT -> 0x00;
            case DATA_8BIT -> 0x04;
            case UCS2 -> 0x08;
        };
        if (messageClass != MessageClass.NONE) {
            value |= 0x10 | messageClass.bits();
        }
        return decode(value);
    }

    /** Whether the user data is text this decoder can show (GSM 7-bit or UCS-2, not compressed). */
    public boolean isText() {
        return !compressed && alphabet != Alphabet.DATA_8BIT;
    }

    private static Alphabet alphabetOf(int bits) {
        return switch (bits) {
            case 0x01 -> Alphabet.DATA_8BIT;
            case 0x02 -> Alphabet.UCS2;
            default -> Alphabet.GSM_7BIT;
        };
    }
}
