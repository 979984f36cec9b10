package org.roguewatch.lte.nas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Our names of EMM/ESM message types and EMM causes are tshark's (tshark-names.tsv holds its value
 * strings, from make-fixtures.sh), and we know exactly the values it knows.
 */
class NasNamesTest {
    private static final List<String> LINES = TsharkRows.lines("tshark-names.tsv");

    private static Map<Integer, String> tshark(String field) {
        Map<Integer, String> out = new TreeMap<>();
        LINES.stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t"))
                .filter(cells -> cells[0].equals(field)).forEach(cells -> out.put(Integer.parseInt(cells[1]), cells[2]));
        return out;
    }

    private static Map<Integer, String> ours(IntFunction<String> names, String unknownPrefix) {
        Map<Integer, String> out = new TreeMap<>();
        for (int value = 0; value < 256; value++) {
            String name = names.apply(value);
            if (!name.startsWith(unknownPrefix)) {
                out.put(value, name);
            }
        }
        return out;
    }

    @Test
    void emmMessageNamesAreTsharks() {
        Map<Integer, String> tshark = tshark("nas_eps.nas_msg_emm_type");
        assertFalse(tshark.isEmpty());
        assertEquals(tshark, ours(NasMessageNames::emm, "Unknown EMM message"));
    }

    @Test
    void esmMessageNamesAreTsharks() {
        Map<Integer, String> tshark = tshark("nas_eps.nas_msg_esm_type");
        assertFalse(tshark.isEmpty());
        assertEquals(tshark, ours(NasMessageNames::esm, "Unknown ESM message"));
    }

    @Test
    void emmCauseNamesAreTsharks() {
        Map<Integer, String> tshark = tshark("nas_eps.emm.cause");
        assertFalse(tshark.isEmpty());
        assertEquals(tshark, ours(EmmCauses::name, "Unknown cause"));
    }

    @Test
    void unknownValuesAreNamedWithTheirNumber() {
        assertEquals("Unknown EMM message 0x7f", NasMessageNames.emm(0x7f));
        assertEquals("Unknown ESM message 0x00", NasMessageNames.esm(0));
        assertEquals("#7 EPS services not allowed", EmmCauses.label(7));
        assertEquals("#200 Unknown cause (read as Protocol error, unspecified)", EmmCauses.label(200));
    }
}
