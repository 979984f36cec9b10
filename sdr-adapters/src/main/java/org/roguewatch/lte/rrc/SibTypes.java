package org.roguewatch.lte.rrc;

import java.util.List;

/**
 * System information block types as numbers (SIB2 is 2, SIB3 is 3, ...), the way the records of
 * this package report them, mapped from the two ASN.1 lists that name them (TS 36.331 Rel-17, as
 * Wireshark 4.0 knows it): SIB-Type in SIB1's sib-MappingInfo, and the sib-TypeAndInfo CHOICE of a
 * SystemInformation message. Both are extensible: values a later release adds are reported as
 * {@link #UNKNOWN_EXTENSION_BASE} plus the value's index in the list's extension.
 */
public final class SibTypes {
    /** SIB26a (Rel-16) has a letter in its name: it is reported as 261. */
    public static final int SIB26A = 261;
    /** An extension value newer than this decoder: this base plus its index among the extension values. */
    public static final int UNKNOWN_EXTENSION_BASE = 1000;

    /** SIB-Type's extension values after its 16 root values sibType3..sibType18-v1250 (3..18). */
    private static final List<Integer> MAPPING_EXTENSION = List.of(19, 20, 21, 24, 25, 26, SIB26A, 27, 28, 29);
    /** sib-TypeAndInfo's extension alternatives after its 10 root alternatives sib2..sib11. */
    private static final List<Integer> SI_EXTENSION = List.of(12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 26,
            SIB26A, 27, 28, 29, 30, 31, 32);

    static final int MAPPING_ROOT_COUNT = 16;
    static final int SI_ROOT_COUNT = 10;

    private SibTypes() {
    }

    /** The SIB number of a SIB-Type value (root index, or root count + extension index). */
    static int ofMappingIndex(int index) {
        return index < MAPPING_ROOT_COUNT ? index + 3 : extension(MAPPING_EXTENSION, index - MAPPING_ROOT_COUNT);
    }

    /** The SIB-Type value (as {@link org.roguewatch.lte.per.PerWriter#enumerated} takes it) of a SIB number. */
    static int mappingIndexOf(int sibType) {
        if (sibType >= 3 && sibType < 3 + MAPPING_ROOT_COUNT) {
            return sibType - 3;
        }
        int extension = MAPPING_EXTENSION.indexOf(sibType);
        if (extension < 0) {
            throw new IllegalArgumentException("SIB type " + sibType + " cannot be scheduled in sib-MappingInfo");
        }
        return MAPPING_ROOT_COUNT + extension;
    }

    /** The SIB number of a sib-TypeAndInfo alternative (root index, or root count + extension index). */
    static int ofSystemInformationIndex(int index) {
        return index < SI_ROOT_COUNT ? index + 2 : extension(SI_EXTENSION, index - SI_ROOT_COUNT);
    }

    private static int extension(List<Integer> known, int extensionIndex) {
        return extensionIndex < known.size() ? known.get(extensionIndex) : UNKNOWN_EXTENSION_BASE + extensionIndex;
    }
}
