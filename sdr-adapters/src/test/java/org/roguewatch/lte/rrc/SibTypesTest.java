package org.roguewatch.lte.rrc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SIB numbers of SIB-Type and sib-TypeAndInfo values (Rel-17 lists, as Wireshark 4.0 names them). */
class SibTypesTest {
    @Test
    void mappingRootValuesAreSib3ToSib18() {
        assertEquals(3, SibTypes.ofMappingIndex(0));
        assertEquals(18, SibTypes.ofMappingIndex(15));
    }

    @Test
    void mappingExtensionSkipsSib22And23AndNamesSib26a() {
        assertEquals(List.of(19, 20, 21, 24, 25, 26, SibTypes.SIB26A, 27, 28, 29),
                List.of(16, 17, 18, 19, 20, 21, 22, 23, 24, 25).stream().map(SibTypes::ofMappingIndex).toList());
        assertEquals(SibTypes.UNKNOWN_EXTENSION_BASE + 10, SibTypes.ofMappingIndex(26));
    }

    @Test
    void mappingIndexIsTheInverse() {
        for (int index = 0; index < 26; index++) {
            assertEquals(index, SibTypes.mappingIndexOf(SibTypes.ofMappingIndex(index)));
        }
        assertThrows(IllegalArgumentException.class, () -> SibTypes.mappingIndexOf(2));
        assertThrows(IllegalArgumentException.class, () -> SibTypes.mappingIndexOf(22));
    }

    @Test
    void systemInformationAlternativesAreSib2ToSib11ThenExtensions() {
        assertEquals(2, SibTypes.ofSystemInformationIndex(0));
        assertEquals(11, SibTypes.ofSystemInformationIndex(9));
        assertEquals(12, SibTypes.ofSystemInformationIndex(10));
        assertEquals(24, SibTypes.ofSystemInformationIndex(20));
        assertEquals(SibTypes.SIB26A, SibTypes.ofSystemInformationIndex(23));
        assertEquals(32, SibTypes.ofSystemInformationIndex(29));
        assertEquals(SibTypes.UNKNOWN_EXTENSION_BASE + 20, SibTypes.ofSystemInformationIndex(30));
    }
}
