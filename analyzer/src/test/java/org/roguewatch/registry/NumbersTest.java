package org.roguewatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+7", "51.22740", ".5", "5.", "-180", "1e3", "1.5E-2", "6.02e+23",
        "000000000000000000000001.5"})
    void plainDecimalsAreAccepted(String text) {
        assertTrue(Numbers.isDecimal(text));
        assertSameDouble(Double.parseDouble(text), Numbers.parseDecimal(text, 0, text.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "1.2.3", "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "1f", "1e",
        "1e+", "e5", "1 000", "1,5", "--1", "٣"})
    void javaSpecificsAndJunkAreRefused(String text) {
        assertFalse(Numbers.isDecimal(text));
    }

    /** The fast path must give exactly the JDK's correctly rounded double, bit for bit. */
    @Test
    void fastPathAgreesWithTheJdkParserBitForBit() {
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            long digits = random.nextLong() >>> (1 + random.nextInt(63));
            int scale = random.nextInt(25);
            String text = new BigDecimal(BigInteger.valueOf(digits), scale).toPlainString();
            text = random.nextBoolean() ? "-" + text : text;
            assertSameDouble(Double.parseDouble(text), Numbers.parseDecimal(text, 0, text.length()));
        }
    }

    @Test
    void parsesARangeInsideLongerText() {
        assertSameDouble(6.7735, Numbers.parseDecimal("51.2274,6.7735,60", 8, 14));
    }

    @Test
    void quotedValuesStayOnOneLineAndShort() {
        assertEquals("'a?b'", Numbers.quote("a\nb"));
        assertEquals("'" + "x".repeat(40) + "...'", Numbers.quote("x".repeat(100)));
    }

    private static void assertSameDouble(double expected, double actual) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> expected + " vs " + actual);
    }
}
