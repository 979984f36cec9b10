package org.roguewatch.lte.rrc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CarrierFreqsGERAN's three followingARFCNs forms expand as TS 36.331 6.3.4 defines them, modulo 1024. */
class GeranFollowingArfcnsTest {
    @Test
    void explicitListKeepsItsOrderAfterTheStartingArfcn() {
        assertEquals(List.of(30, 45, 12, 1000), GeranFollowingArfcns.explicit(30, List.of(45, 12, 1000)));
        assertEquals(List.of(871), GeranFollowingArfcns.explicit(871, List.of()));
    }

    @Test
    void equallySpacedArfcnsWrapPast1023() {
        assertEquals(List.of(1020, 1023, 2, 5), GeranFollowingArfcns.equallySpaced(1020, 3, 3));
        assertEquals(List.of(7), GeranFollowingArfcns.equallySpaced(7, 8, 0), "n = 0: the start alone");
    }

    @Test
    void bitmapLeadingBitIsTheArfcnAfterTheStart() {
        assertEquals(List.of(100, 101), GeranFollowingArfcns.bitmap(100, new byte[] {(byte) 0x80}));
        assertEquals(List.of(100, 108), GeranFollowingArfcns.bitmap(100, new byte[] {0x01}), "trailing bit of octet 1");
        assertEquals(List.of(1022, 1023, 0, 8), GeranFollowingArfcns.bitmap(1022, new byte[] {(byte) 0xc0, 0x40}),
                "bits 1, 2 and 10 after 1022, modulo 1024");
        assertEquals(List.of(5), GeranFollowingArfcns.bitmap(5, new byte[16]), "no bit set: the start alone");
    }

    @Test
    void encoderPicksTheFormThatGivesTheListBack() {
        assertEquals(GeranFollowingArfcns.EQUALLY_SPACED, GeranFollowingArfcns.formFor(List.of(1020, 1023, 2, 5)));
        assertEquals(3, GeranFollowingArfcns.spacing(List.of(1020, 1023, 2, 5)));
        assertEquals(GeranFollowingArfcns.BITMAP, GeranFollowingArfcns.formFor(List.of(512, 513, 520, 600, 640)));
        assertEquals(GeranFollowingArfcns.EXPLICIT, GeranFollowingArfcns.formFor(List.of(30, 45, 12, 1000)));
        assertEquals(GeranFollowingArfcns.EXPLICIT, GeranFollowingArfcns.formFor(List.of(30)));
        assertEquals(GeranFollowingArfcns.EXPLICIT, GeranFollowingArfcns.formFor(List.of(30, 30)),
                "a repeated ARFCN is no increasing bitmap offset");
        assertEquals(GeranFollowingArfcns.EXPLICIT, GeranFollowingArfcns.formFor(List.of(0, 129)),
                "offset 129 is past the longest bitmap");
    }

    @Test
    void shortestBitmapCoversTheLastOffset() {
        assertArrayEquals(new byte[] {(byte) 0x81}, GeranFollowingArfcns.bitmapOf(List.of(10, 11, 18)));
        byte[] longest = GeranFollowingArfcns.bitmapOf(List.of(1000, 1001, 104));
        assertEquals(16, longest.length);
        assertEquals(List.of(1000, 1001, 104), GeranFollowingArfcns.bitmap(1000, longest));
    }

    @Test
    void listNoFormCarriesIsRefused() {
        List<Integer> scattered = new ArrayList<>(List.of(0));
        for (int i = 1; i <= 32; i++) {
            scattered.add(1023 - 7 * i);
        }
        assertThrows(IllegalArgumentException.class, () -> GeranFollowingArfcns.formFor(scattered));
    }
}
