package org.roguewatch.detect.dedicated;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectorSettings;
import org.roguewatch.detect.Evidence;
import org.roguewatch.detect.Finding;
import org.roguewatch.detect.ProbeTransaction;
import org.roguewatch.detect.SignatureDetector;
import org.roguewatch.gsm.rr.CipheringModeCommand;
import org.roguewatch.observe.DedicatedStep;
import org.roguewatch.registry.Severity;

/**
 * GSM-NULL-CIPHER: a Ciphering Mode Command that starts no ciphering (A5/0), or one weaker than the
 * cell used before (A5/1 or A5/2 after A5/3): a catcher cannot break A5/3, so it downgrades.
 */
public final class NullCipher extends SignatureDetector {
    public NullCipher() {
        super("GSM-NULL-CIPHER", 1, Severity.HIGH,
                "Ciphering Mode Command with A5/0, or weaker than the cell's history",
                "SnoopSnitch C1/C5; TS 44.018 10.5.2.9");
    }

    /** A5 algorithms from weakest: none, A5/2 (broken in real time), A5/1, then A5/3 and later. */
    static int strength(int algorithm) {
        return switch (algorithm) {
            case 0 -> 0;
            case 2 -> 1;
            case 1 -> 2;
            default -> 3;
        };
    }

    @Override
    public List<Finding> findings(CellHistory cell, DetectionContext context, DetectorSettings settings) {
        List<ProbeTransaction> transactions = cell.transactions();
        if (transactions.isEmpty()) {
            return List.of();
        }
        List<Step> commands = new ArrayList<>();
        for (ProbeTransaction transaction : transactions) {
            for (DedicatedStep step : transaction.transaction().all(CipheringModeCommand.class)) {
                commands.add(new Step(transaction, step, (CipheringModeCommand) step.message()));
            }
        }
        commands.sort(Comparator.comparing(s -> s.step().ref().time() == null ? java.time.Instant.MIN
                : s.step().ref().time()));
        List<Evidence> evidence = new ArrayList<>();
        int strongestSoFar = -1;
        int strongestAlgorithm = 0;
        for (Step command : commands) {
            int algorithm = command.command().algorithm();
            if (!command.command().startCiphering()) {
                evidence.add(command.transaction().evidence(command.step(), "gsm_a.rr.SC", 0, "1 (start ciphering)"));
            } else if (strength(algorithm) < strongestSoFar) {
                evidence.add(command.transaction().evidence(command.step(), "gsm_a.rr.algorithm_identifier",
                        algorithm - 1, "A5/" + strongestAlgorithm + " as used before on this cell"));
            }
            if (strength(algorithm) > strongestSoFar) {
                strongestSoFar = strength(algorithm);
                strongestAlgorithm = algorithm;
            }
        }
        return oneFinding(cell, settings, evidence.size() + " ciphering command(s) without or with downgraded ciphering",
                evidence);
    }

    private record Step(ProbeTransaction transaction, DedicatedStep step, CipheringModeCommand command) {
    }
}
