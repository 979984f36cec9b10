package org.roguewatch.lte.rrc;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.per.PerReader;

/** Reads a SystemInformation message (TS 36.331 6.2.2), the c1 alternative after the message's choice bits. */
final class SystemInformationReader {
    private SystemInformationReader() {
    }

    static SystemInformation read(PerReader in) {
        // criticalExtensions CHOICE {systemInformation-r8, criticalExtensionsFuture-r15}
        if (in.bit()) {
            throw in.error("system-information.critical-extensions-future",
                    "SystemInformation in a critical extension (posSystemInformation-r15 or later)");
        }
        boolean nonCriticalExtensionPresent = in.bit(); // SystemInformation-r8-IEs' one OPTIONAL field
        int count = in.constrainedInt(1, 32); // sib-TypeAndInfo SIZE (1..maxSIB)
        List<SystemInformationBlock> sibs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sibs.add(sibTypeAndInfo(in));
        }
        if (nonCriticalExtensionPresent) {
            // SystemInformation-v8a0-IEs: lateNonCriticalExtension OCTET STRING, nonCriticalExtension;
            // nothing follows in the message, so a later release's content there needs no reading
            boolean[] present = in.optionals(2);
            if (present[0]) {
                in.skipOpenType();
            }
        }
        return new SystemInformation(sibs);
    }

    /** One element of the sib-TypeAndInfo CHOICE: ten root alternatives sib2..sib11, then extensions. */
    private static SystemInformationBlock sibTypeAndInfo(PerReader in) {
        if (in.extensionBit()) {
            int index = SibTypes.SI_ROOT_COUNT + SibIeReader.extensionIndex(in);
            in.skipOpenType(); // an extension alternative's value is an open type (X.691 23.8)
            return new OtherSib(SibTypes.ofSystemInformationIndex(index));
        }
        return switch (in.constrainedInt(0, SibTypes.SI_ROOT_COUNT - 1)) {
            case 0 -> Sib2Reader.read(in);
            case 1 -> Sib3Reader.read(in);
            case 2 -> Sib4Reader.read(in);
            case 3 -> Sib5Reader.read(in);
            case 4 -> Sib6Reader.read(in);
            case 5 -> Sib7Reader.read(in);
            case 6 -> Sib8To11Reader.sib8(in);
            case 7 -> Sib8To11Reader.sib9(in);
            case 8 -> Sib8To11Reader.sib10(in);
            default -> Sib8To11Reader.sib11(in);
        };
    }
}
