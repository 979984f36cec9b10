package org.roguewatch.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.roguewatch.baseline.Baseline;
import org.roguewatch.baseline.BaselineLearner;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.registry.CellPlan;
import org.roguewatch.registry.PlanException;

/** A detection run for a test: observations, optional plan, policy and baseline, all defaults otherwise. */
final class Scenario {
    private final List<CellObservation> observations = new ArrayList<>();
    private CellPlan plan;
    private OperatorPolicy policy = OperatorPolicy.NONE;
    private Baseline baseline;

    Scenario heard(List<CellObservation> heard) {
        observations.addAll(heard);
        return this;
    }

    /** A plan from CSV rows "radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn" (position filled in). */
    Scenario plan(String... rows) {
        try {
            Path file = Files.createTempFile("plan", ".csv");
            StringBuilder csv = new StringBuilder("radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon\n");
            for (String row : rows) {
                csv.append(row).append(",,51.22,6.78\n");
            }
            Files.writeString(file, csv);
            plan = CellPlan.load(file, false);
            Files.delete(file);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PlanException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    Scenario plan(CellPlan cellPlan) {
        plan = cellPlan;
        return this;
    }

    Scenario home(String... plmns) {
        policy = new OperatorPolicy(Set.of(plmns), policy.partnerPlmns(), policy.protectedSenders());
        return this;
    }

    Scenario protectedSenders(String... senders) {
        policy = new OperatorPolicy(policy.homePlmns(), policy.partnerPlmns(), Set.of(senders));
        return this;
    }

    /** Learns the baseline from these (benign) observations. */
    Scenario baseline(List<CellObservation> benign) {
        BaselineLearner learner = new BaselineLearner();
        learner.acceptAll(benign);
        baseline = learner.build();
        return this;
    }

    List<CellAssessment> assess() {
        return new DetectionSetup(DetectionEngine.withDefaults(Detectors.all()), plan, policy, baseline)
                .run(observations).assessments();
    }

    /** Every finding of one signature over all cells. */
    List<Finding> findings(String signature) {
        List<Finding> out = new ArrayList<>();
        for (CellAssessment assessment : assess()) {
            for (Finding finding : assessment.findings()) {
                if (finding.signature().equals(signature)) {
                    out.add(finding);
                }
            }
        }
        return out;
    }

    /** The assessment of the cell on {@code channel}. */
    CellAssessment cell(int channel) {
        return assess().stream().filter(a -> a.cell().channel() == channel).findFirst()
                .orElseThrow(() -> new AssertionError("no cell on channel " + channel));
    }
}
