package org.roguewatch.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Says, for the ground truth, why a rogue emitter is rogue: every way its identity, carrier,
 * broadcast and behaviour differ from the legitimate network, one short phrase each.
 */
final class RogueReasons {
    private RogueReasons() {
    }

    static List<String> gsm(GsmCell cell, GsmCell cloned, NetworkKeys.Network network) {
        List<String> reasons = new ArrayList<>();
        boolean ownPlmn = network.gsm().stream().anyMatch(c -> c.mcc().equals(cell.mcc()) && c.mnc().equals(cell.mnc()));
        if (cloned != null) {
            reasons.add("clones the identity of " + cloned.id() + " (" + cloned.cgi() + ")"
                    + (cloned.arfcn() == cell.arfcn() ? " on its ARFCN " + cell.arfcn()
                    : " on ARFCN " + cell.arfcn() + " instead of its planned " + cloned.arfcn()));
        } else if (!ownPlmn) {
            reasons.add("PLMN " + cell.mcc() + "-" + cell.mnc() + " is not the operator's");
        } else {
            reasons.add("identity " + cell.cgi() + " is not in the operator's plan");
            if (network.gsm().stream().noneMatch(c -> c.lac() == cell.lac())) {
                reasons.add("LAC " + cell.lac() + " exists nowhere in the network");
            }
        }
        network.gsm().stream().filter(c -> c.arfcn() == cell.arfcn() && c != cloned).findFirst().ifPresent(
                c -> reasons.add("transmits on ARFCN " + cell.arfcn() + ", planned for " + c.id() + " (" + c.cgi() + ")"));
        SiParameters si = cell.si();
        SiParameters normal = network.si();
        if (si.t3212() != normal.t3212()) {
            reasons.add("T3212 " + si.t3212() + " (the operator's cells: " + normal.t3212() + ")");
        }
        if (si.cellReselectOffset() != normal.cellReselectOffset() || si.penaltyTime() != normal.penaltyTime()) {
            reasons.add("CELL_RESELECT_OFFSET " + si.cellReselectOffset() + " (" + 2 * si.cellReselectOffset()
                    + " dB) " + (si.penaltyTime() == 31 ? "subtracted from" : "added to") + " C2 (the operator's: "
                    + normal.cellReselectOffset() + ", PENALTY_TIME " + normal.penaltyTime() + ")");
        }
        if (cell.neighbours().size() <= 1) {
            reasons.add(cell.neighbours().isEmpty() ? "empty neighbour list" : "a single neighbour");
        }
        if (!si.gprs() && normal.gprs()) {
            reasons.add("no GPRS (no SI13) where the operator's cells have it");
        }
        if (si.si2quater() != normal.si2quater() || si.si2ter() != normal.si2ter()) {
            reasons.add("System Information types unlike the operator's"
                    + (si.si2ter() ? "" : " (no SI2ter)") + (si.si2quater() ? "" : " (no SI2quater)"));
        }
        if (si.geranPriority() > normal.geranPriority() && si.si2quater()) {
            reasons.add("GERAN priority " + si.geranPriority() + " pulls phones down from LTE");
        }
        RogueBehaviour b = cell.behaviour();
        if (b.phonesPerMinute() > 0) {
            if (!b.identityRequests().isEmpty()) {
                reasons.add("asks phones for their " + b.identityRequests().stream().map(Enum::name)
                        .collect(Collectors.joining(" and ")) + " without authentication");
            }
            reasons.add(b.cipherAlgorithm() == 0 ? "commands no ciphering (A5/0)"
                    : "commands A5/" + b.cipherAlgorithm() + " without authentication");
            if (b.luRejectCause() != null) {
                reasons.add("rejects location updates with cause #" + b.luRejectCause());
            }
            if (b.smsText() != null) {
                reasons.add(String.format(Locale.ROOT, "sends SMS from %s to %.1f phones a minute: %s", b.smsSender(),
                        b.phonesPerMinute(), b.smsText()));
            }
        }
        common(cell, reasons);
        return reasons;
    }

    static List<String> lte(LteCell cell, LteCell cloned, NetworkKeys.Network network) {
        List<String> reasons = new ArrayList<>();
        boolean ownPlmn = network.lte().stream().anyMatch(c -> c.mcc().equals(cell.mcc()) && c.mnc().equals(cell.mnc()))
                || network.gsm().stream().anyMatch(c -> c.mcc().equals(cell.mcc()) && c.mnc().equals(cell.mnc()));
        if (cloned != null) {
            reasons.add("clones the identity of " + cloned.id() + " (" + cloned.ecgi() + ")"
                    + (cloned.earfcn() == cell.earfcn() ? " on its EARFCN " + cell.earfcn()
                    : " on EARFCN " + cell.earfcn() + " instead of its planned " + cloned.earfcn()));
        } else if (!ownPlmn) {
            reasons.add("PLMN " + cell.mcc() + "-" + cell.mnc() + " is not the operator's");
        } else if (network.lte().stream().noneMatch(c -> c.mcc().equals(cell.mcc()) && c.mnc().equals(cell.mnc())
                && c.eci() == cell.eci())) {
            reasons.add("identity " + cell.mcc() + "-" + cell.mnc() + " TAC " + cell.tac() + " ECI " + cell.eci()
                    + " is not in the operator's plan");
            boolean knownArea = network.lte().stream().anyMatch(c -> c.tac() == cell.tac())
                    || network.gsm().stream().anyMatch(c -> c.lac() == cell.tac());
            if (!knownArea) {
                reasons.add("TAC " + cell.tac() + " exists nowhere in the network");
            }
        }
        long sharing = network.lte().stream().filter(c -> c.earfcn() == cell.earfcn() && c != cloned).count();
        if (sharing > 0) {
            reasons.add("transmits on EARFCN " + cell.earfcn() + " of " + sharing + " operator cell(s)"
                    + (cell.pci() == null ? "" : ", PCI " + cell.pci()));
        }
        LteParameters p = cell.parameters();
        if (p.geranPriority() > p.ltePriority()) {
            reasons.add("SIB7 gives GERAN priority " + p.geranPriority() + " above LTE's " + p.ltePriority()
                    + " (idle UEs reselect to 2G)");
        }
        LteRogueBehaviour b = cell.behaviour();
        if (b.phonesPerMinute() > 0) {
            if (!b.identityRequests().isEmpty()) {
                reasons.add("asks UEs for their " + b.identityRequests().stream().map(Enum::name)
                        .collect(Collectors.joining(" and ")) + " without authentication");
            }
            if (b.nullSecurity()) {
                reasons.add("commands EEA0/EIA0 (no ciphering, no integrity) without authentication");
            }
            if (b.attachRejectCause() != null) {
                reasons.add("rejects attaches with EMM cause #" + b.attachRejectCause());
            }
            if (cell.redirectArfcn() != null) {
                reasons.add("redirects UEs to GSM ARFCN " + cell.redirectArfcn() + " (LTE to 2G downgrade)");
            }
            reasons.add(String.format(Locale.ROOT, "serves %.1f UEs a minute", b.phonesPerMinute()));
        }
        if (!b.pagingImsis().isEmpty()) {
            reasons.add("pages " + b.pagingImsis().size() + " IMSI(s) in clear");
        }
        common(cell, reasons);
        return reasons;
    }

    private static void common(Emitter emitter, List<String> reasons) {
        if (emitter.track().mobile()) {
            reasons.add("moves (car-borne) along " + emitter.track().waypoints().size() + " waypoints");
        }
        if (!emitter.schedule().alwaysOn()) {
            reasons.add("transmits only " + emitter.schedule().windows().stream()
                    .map(w -> Durations.format(w.from()) + "-" + Durations.format(w.to()))
                    .collect(Collectors.joining(", ")) + " after the start");
        }
        if (reasons.isEmpty()) {
            reasons.add("placed as a rogue by the scenario");
        }
    }
}
