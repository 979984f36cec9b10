package org.roguewatch.lte.rrc;

import java.util.List;
import java.util.stream.Collectors;
import org.roguewatch.lte.LteMessage;

/**
 * A SystemInformation message on BCCH-DL-SCH (TS 36.331 6.2.2): the SIBs of one SI window, in the
 * order sent.
 */
public record SystemInformation(List<SystemInformationBlock> sibs) implements LteMessage {
    public SystemInformation {
        sibs = List.copyOf(sibs);
    }

    @Override
    public String name() {
        return "SystemInformation";
    }

    /** Like tshark's Info column: "[ SIB2 SIB3 ]". */
    @Override
    public String info() {
        return sibs.stream().map(sib -> "SIB" + (sib.type() == SibTypes.SIB26A ? "26a" : sib.type()))
                .collect(Collectors.joining(" ", "[ ", " ]"));
    }
}
