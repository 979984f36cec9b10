package org.roguewatch.gsm.sms;

import java.util.Objects;

/**
 * A TP address (TS 23.040 9.1.2.5) or an RP address (TS 24.011 8.2.5.1/8.2.5.2, coded as the
 * TS 24.008 10.5.4.7 BCD number).
 *
 * @param typeOfNumber  bits 7-5 of the type-of-address octet (1 international, 5 alphanumeric...)
 * @param numberingPlan bits 4-1 of the type-of-address octet (1 ISDN/E.164...)
 * @param value         the digits (0-9, '*', '#', 'a', 'b', 'c') or, when alphanumeric, the text
 */
public record Address(int typeOfNumber, int numberingPlan, String value) {
    public static final int TON_UNKNOWN = 0;
    public static final int TON_INTERNATIONAL = 1;
    public static final int TON_NATIONAL = 2;
    public static final int TON_ALPHANUMERIC = 5;
    public static final int NPI_UNKNOWN = 0;
    public static final int NPI_ISDN = 1;

    /** The address digits, one per semi-octet value (TS 23.040 9.1.2.3). */
    static final String BCD_DIGITS = "0123456789*#abc";

    public Address {
        Objects.requireNonNull(value, "value");
        if (typeOfNumber < 0 || typeOfNumber > 7 || numberingPlan < 0 || numberingPlan > 15) {
            throw new IllegalArgumentException("type of number " + typeOfNumber + ", numbering plan " + numberingPlan);
        }
    }

    /** An international E.164 number, e.g. {@code international("31624000000")}. */
    public static Address international(String digits) {
        return new Address(TON_INTERNATIONAL, NPI_ISDN, digits);
    }

    /** A national or unknown-type number on the E.164 plan. */
    public static Address ofDigits(int typeOfNumber, String digits) {
        return new Address(typeOfNumber, NPI_ISDN, digits);
    }

    /** An alphanumeric sender such as a bank name (type of number 5, plan unknown). */
    public static Address alphanumeric(String text) {
        return new Address(TON_ALPHANUMERIC, NPI_UNKNOWN, text);
    }

    public boolean isAlphanumeric() {
        return typeOfNumber == TON_ALPHANUMERIC;
    }

    /** What a phone would show: '+' before international digits, alphanumeric text as is. */
    public String display() {
        return typeOfNumber == TON_INTERNATIONAL && !value.isEmpty() ? "+" + value : value;
    }

    /** The type-of-address octet: extension bit set, then type of number and numbering plan. */
    public int typeOfAddress() {
        return 0x80 | typeOfNumber << 4 | numberingPlan;
    }
}
