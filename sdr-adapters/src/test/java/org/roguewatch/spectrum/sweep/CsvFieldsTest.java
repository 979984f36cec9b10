package org.roguewatch.spectrum.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.DecodeException;

class CsvFieldsTest {
    private static double parse(String text) {
        CsvFields fields = new CsvFields(text);
        fields.advance();
        return fields.decimal("r", "v");
    }

    @Test
    void fastDecimalsEqualJavasCorrectlyRoundedParse() {
        Random random = new Random(1);
        for (int i = 0; i < 200_000; i++) {
            double value = (random.nextDouble() - 0.7) * Math.pow(10, random.nextInt(12));
            String text = String.format(Locale.ROOT, "%." + random.nextInt(7) + "f", value);
            assertEquals(Double.parseDouble(text), parse(" " + text + " "), text);
        }
    }

    @Test
    void javaOnlySpellingsAreNotNumbers() {
        for (String text : new String[] {"1d", "1f", "0x1p3", "NaNx", "", "-", ".", "1..2", "1e", "--1"}) {
            assertThrows(DecodeException.class, () -> parse(text), text);
        }
    }

    @Test
    void fieldsAreTrimmedAndCounted() {
        CsvFields fields = new CsvFields("a, b ,c,\t");
        fields.advance();
        assertEquals(3, fields.remaining());
        fields.advance();
        assertEquals("b", fields.text());
        assertEquals(3, fields.column());
        fields.advance();
        fields.advance();
        assertEquals("", fields.text());
        assertEquals(false, fields.advance());
    }
}
