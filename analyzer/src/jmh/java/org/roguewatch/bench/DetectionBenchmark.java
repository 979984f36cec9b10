package org.roguewatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.roguewatch.detect.CellAssessment;
import org.roguewatch.detect.CellHistories;
import org.roguewatch.detect.CellHistory;
import org.roguewatch.detect.DetectionContext;
import org.roguewatch.detect.DetectionEngine;
import org.roguewatch.detect.Detectors;
import org.roguewatch.detect.OperatorPolicy;
import org.roguewatch.registry.CellPlan;

/**
 * Every detector over {@value #CELLS} synthetic cell observations of a probe fleet (one op = one
 * observation assessed, across both cores as the analyzer runs it), with a plan of the benign cells
 * so the plan detectors run too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class DetectionBenchmark {
    static final int CELLS = 1_000_000;

    private List<CellHistory> cells;
    private DetectionContext context;
    private DetectionEngine engine;

    @Setup
    public void setUp() throws Exception {
        Path planFile = Files.createTempFile("bench-plan", ".csv");
        SyntheticCells.Fleet fleet = SyntheticCells.generate(CELLS, planFile);
        CellPlan plan = CellPlan.load(planFile, false);
        Files.delete(planFile);
        cells = CellHistories.group(fleet.observations());
        context = new DetectionContext(plan, new OperatorPolicy(Set.of("262-02"), Set.of(), Set.of("95588")), null,
                cells);
        engine = DetectionEngine.withDefaults(Detectors.all());
    }

    @Benchmark
    @OperationsPerInvocation(CELLS)
    public List<CellAssessment> assessAll() {
        return engine.assessAll(cells, context);
    }
}
