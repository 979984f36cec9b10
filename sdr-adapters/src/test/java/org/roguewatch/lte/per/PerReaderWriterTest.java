package org.roguewatch.lte.per;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roguewatch.decode.DecodeException;

/** Unaligned PER primitives read back what the writer wrote, with X.691's exact bit widths. */
class PerReaderWriterTest {

    private static PerReader reader(PerWriter writer) {
        return new PerReader(ByteBuffer.wrap(writer.toBytes()), "test");
    }

    @Test
    void constrainedNumbersUseTheMinimalWidth() {
        PerWriter writer = new PerWriter().constrained(5, 0, 7).constrained(3, 3, 3).constrained(1000, 0, 1023);
        assertEquals(3 + 0 + 10, writer.bitLength());
        PerReader reader = reader(writer);
        assertEquals(5, reader.constrained(0, 7));
        assertEquals(3, reader.constrained(3, 3));
        assertEquals(1000, reader.constrained(0, 1023));
    }

    @Test
    void lengthsEnumerationsChoicesAndNormallySmallNumbersRoundTrip() {
        Random random = new Random(691);
        for (int i = 0; i < 2_000; i++) {
            int length = random.nextInt(16_000);
            long small = random.nextInt(2) == 0 ? random.nextInt(64) : random.nextInt(1 << 20);
            int enumeration = random.nextInt(12);
            PerWriter writer = new PerWriter().lengthDeterminant(length).normallySmall(small)
                    .enumerated(enumeration, 12, true).choice(3, 5, true);
            PerReader reader = reader(writer);
            assertEquals(length, reader.lengthDeterminant());
            assertEquals(small, reader.normallySmall());
            assertEquals(enumeration, reader.enumerated(12, true));
            assertEquals(3, reader.choice(5, true));
        }
    }

    @Test
    void openTypesAreSkippedExactlyEvenWhenUnaligned() {
        PerWriter inner = new PerWriter().bits(0x2a, 6).bits(0x155, 9);
        PerWriter writer = new PerWriter().bit(true).openType(inner.toBytes()).bits(0x5, 3);
        PerReader reader = reader(writer);
        assertEquals(true, reader.bit());
        PerReader open = reader.openType();
        assertEquals(0x2a, open.bits(6));
        assertEquals(0x5, reader.bits(3), "the field after the open type");
    }

    @Test
    void extensionAdditionsAreReadByIndex() {
        byte[] first = new PerWriter().bits(7, 3).toBytes();
        PerWriter writer = new PerWriter().normallySmall(2).bit(true).bit(false).bit(true).openType(first)
                .openType(new byte[] {(byte) 0xff});
        PerReader[] additions = reader(writer).extensionAdditions();
        assertEquals(3, additions.length);
        assertEquals(7, additions[0].bits(3));
        assertEquals(null, additions[1]);
        assertEquals(0xff, additions[2].bits(8));
    }

    @Test
    void octetStringsRoundTrip() {
        byte[] value = {1, 2, 3, (byte) 0xfe};
        PerReader reader = reader(new PerWriter().bit(true).octets(value).octets(value, 4, 4));
        reader.bit();
        assertArrayEquals(value, reader.octets());
        assertArrayEquals(value, reader.octets(4, 4));
    }

    @Test
    void readingPastTheEndIsADecodeException() {
        PerReader reader = new PerReader(ByteBuffer.wrap(new byte[] {(byte) 0x80}), "test");
        reader.bits(7);
        DecodeException e = assertThrows(DecodeException.class, () -> reader.bits(2));
        assertEquals("test.truncated", e.reason());
        PerReader lengths = new PerReader(ByteBuffer.wrap(new byte[] {0x05, 1}), "test");
        assertThrows(DecodeException.class, lengths::openType);
    }

    @Test
    void valueAboveItsConstraintIsMalformed() {
        PerReader reader = new PerReader(ByteBuffer.wrap(new byte[] {(byte) 0xe0}), "test");
        assertEquals("test.constraint", assertThrows(DecodeException.class, () -> reader.constrained(0, 5)).reason());
    }
}
