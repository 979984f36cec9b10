package org.roguewatch.detect.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.detect.IdentityFields;
import org.roguewatch.registry.PlannedCell;
import org.roguewatch.registry.Severity;

/**
 * PHYSICAL-ID-CLASH: an unplanned identity on a channel (and BSIC/PCI, when known) that the plan
 * gives to another cell — a rogue hiding on a real cell's frequency.
 */
public final class PhysicalIdClash extends SignatureDetector {
    public PhysicalIdClash() {
        super("PHYSICAL-ID-CLASH", 1, Severity.MEDIUM,
                "same ARFCN(+BSIC) or EARFCN(+PCI) as a planned cell, but another identity",
                "SnoopSnitch A1");
    }

    @Override
    public boolean needsPlan() {
        return true;
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        CellIdentity identity = cell.identity();
        if (!identity.complete()) {
            return List.of();
        }
        List<PlannedCell> onChannel = context.plan().onChannel(cell.radio(), cell.channel());
        if (onChannel.isEmpty()) {
            return List.of();
        }
        Optional<PlannedCell> self = context.planned(cell);
        if (self.isPresent() && self.get().channel() == cell.channel()) {
            return List.of(); // this identity is planned on this channel
        }
        List<String> others = new ArrayList<>();
        for (int i = 0; i < onChannel.size() && others.size() < 5; i++) {
            others.add(onChannel.get(i).cgi());
        }
        String expected = "channel " + cell.channel() + " is planned for " + String.join(", ", others)
                + (onChannel.size() > others.size() ? " …" : "");
        return oneFinding(cell, settings, "cell " + identity + " uses channel " + cell.channel()
                + " planned for another cell", cell.evidence(IdentityFields.cell(cell.radio()), expected));
    }
}
