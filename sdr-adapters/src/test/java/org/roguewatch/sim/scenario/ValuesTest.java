package org.roguewatch.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value syntax of the scenario format. */
class ValuesTest {
    @Test
    void durationsInUnitsClockFormAndPlainSeconds() throws BadValue {
        assertEquals(Duration.ofSeconds(90), Values.duration("90s"));
        assertEquals(Duration.ofMinutes(30), Values.duration("30m"));
        assertEquals(Duration.ofMinutes(90), Values.duration("1h30m"));
        assertEquals(Duration.ofMillis(1500), Values.duration("1.5s"));
        assertEquals(Duration.ofMinutes(5), Values.duration("00:05:00"));
        assertEquals(Duration.ofSeconds(75), Values.duration("1:15"));
        assertEquals(Duration.ofSeconds(45), Values.duration("45"));
        assertEquals(Duration.ZERO, Values.duration("0s"));
        for (String bad : List.of("", "m", "5x", "-5m", "1:75:00", "5 m", "1h-1m")) {
            assertThrows(BadValue.class, () -> Values.duration(bad), bad);
        }
    }

    @Test
    void durationsFormatBackToTheSameSyntax() throws BadValue {
        for (String text : List.of("1h30m", "25m", "90s" , "1.5s", "0s", "2h")) {
            assertEquals(Values.duration(text), Values.duration(Durations.format(Values.duration(text))));
        }
        assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
    }

    @Test
    void numbersPositionsListsAndCodes() throws BadValue {
        assertEquals(3.5, Values.decimal("3.5"));
        for (String bad : List.of("3,5", "NaN", "Infinity", "1e400", "0x10", "1d", "")) {
            assertThrows(BadValue.class, () -> Values.decimal(bad), bad);
        }
        assertEquals(new GeoPoint(51.2, 6.7), Values.position("51.2, 6.7"));
        assertThrows(BadValue.class, () -> Values.position("91, 6.7"));
        assertThrows(BadValue.class, () -> Values.position("51.2 6.7"));
        assertEquals(List.of(1, 2, 3), Values.integers("1, 2,3", 0, 10));
        assertEquals(List.of(), Values.integers("none", 0, 10));
        assertThrows(BadValue.class, () -> Values.integers("1, 11", 0, 10));
        assertEquals(42, Values.bsic("5-2"));
        assertEquals(52, Values.bsic("52"));
        assertThrows(BadValue.class, () -> Values.bsic("8-1"));
        assertEquals("02", Values.mnc("02"));
        assertThrows(BadValue.class, () -> Values.mcc("26"));
    }
}
