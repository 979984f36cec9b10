package org.roguewatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void quotationMarkAndReverseSolidusAreEscaped() {
        assertEquals("\"say \\\"hi\\\" \\\\ bye\"", JsonStrings.quoted("say \"hi\" \\ bye"));
    }

    @Test
    void controlCharactersUseShortFormsOrUnicodeEscapes() {
        assertEquals("\"\\b\\f\\n\\r\\t\\u0000\\u001f\"", JsonStrings.quoted("\b\f\n\r\t\u0000\u001f"));
    }

    @Test
    void javaScriptLineSeparatorsAreEscaped() {
        assertEquals("\"a\\u2028b\\u2029c\"", JsonStrings.quoted("a\u2028b\u2029c"));
    }

    @Test
    void surrogatePairsPassAndLoneSurrogatesAreEscaped() {
        String pair = "\uD83D\uDCE1";
        assertEquals("\"" + pair + "\"", JsonStrings.quoted(pair));
        assertEquals("\"\\ud83d x \\udce1\"", JsonStrings.quoted("\uD83D x \uDCE1"));
    }

    @Test
    void chineseTextPassesUnescaped() {
        assertEquals("\"黑广播\"", JsonStrings.quoted("黑广播"));
    }
}
