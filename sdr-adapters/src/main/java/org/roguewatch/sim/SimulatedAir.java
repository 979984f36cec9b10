package org.roguewatch.sim;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roguewatch.capture.PcapWriter;
import org.roguewatch.sim.output.GroundTruthWriter;
import org.roguewatch.sim.output.LicenceCsvWriter;
import org.roguewatch.sim.output.PlanCsvWriter;
import org.roguewatch.sim.output.ProbesCsvWriter;
import org.roguewatch.sim.propagation.LinkBudget;
import org.roguewatch.sim.render.EmitterRenderer;
import org.roguewatch.sim.render.FmIqRecorder;
import org.roguewatch.sim.render.GsmCellRenderer;
import org.roguewatch.sim.render.LteCellRenderer;
import org.roguewatch.sim.render.ProbeReceiver;
import org.roguewatch.sim.render.RenderContext;
import org.roguewatch.sim.render.SpectrumSweeper;
import org.roguewatch.sim.render.Transmission;
import org.roguewatch.sim.render.TruthEvent;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.FmStation;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.SigmfSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a scenario: renders every emitter a renderer exists for, lets each probe receive the
 * frames and sweep the FM band, and writes into one directory
 * <ul>
 * <li>{@code PROBE.pcap} (GSMTAP in Ethernet/IPv4/UDP, µs time stamps) and
 * {@code PROBE-sweep.csv} (rtl_power format) per probe;</li>
 * <li>{@code probes.csv}, {@code plan.csv} (the legitimate network as a cell plan),
 * {@code fm-licences.csv} and {@code ground-truth.jsonl};</li>
 * <li>when the scenario asks for one, a SigMF recording {@code PROBE-STATION.sigmf-meta} /
 * {@code .sigmf-data} of one FM station.</li>
 * </ul>
 * Output depends only on the scenario and its seed: the same seed gives byte-identical files.
 */
public final class SimulatedAir {
    public static final String PROBES_CSV = "probes.csv";
    public static final String PLAN_CSV = "plan.csv";
    public static final String LICENCES_CSV = "fm-licences.csv";
    public static final String GROUND_TRUTH = "ground-truth.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedAir.class);

    /** One renderer per radio (FM stations are not framed: they are in the sweeps). */
    private static final List<EmitterRenderer> RENDERERS = List.of(new GsmCellRenderer(), new LteCellRenderer());

    private SimulatedAir() {
    }

    public static String pcapName(Probe probe) {
        return probe.id() + ".pcap";
    }

    public static String sweepName(Probe probe) {
        return probe.id() + "-sweep.csv";
    }

    public static SimulationSummary run(Scenario scenario, Path directory, SimulationListener listener)
            throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();

        List<TruthEvent> truth = new ArrayList<>();
        Set<String> rendered = new LinkedHashSet<>();
        List<String> notRendered = new ArrayList<>();
        List<Emitter> framed = new ArrayList<>();
        List<Transmission> air = new ArrayList<>();
        List<Emitter> emitters = scenario.emitters();
        for (int i = 0; i < emitters.size(); i++) {
            Emitter emitter = emitters.get(i);
            if (emitter instanceof FmStation) {
                rendered.add(emitter.id()); // in the sweeps
                continue;
            }
            EmitterRenderer renderer = RENDERERS.stream().filter(r -> r.renders(emitter)).findFirst().orElse(null);
            if (renderer == null) {
                notRendered.add(emitter.id());
                continue;
            }
            air.addAll(renderer.render(emitter, new RenderContext(scenario, i, truth)));
            rendered.add(emitter.id());
            framed.add(emitter);
        }
        if (!notRendered.isEmpty()) {
            LOG.info("{} emitter(s) accepted but not rendered: no renderer draws them ({})", notRendered.size(),
                    String.join(", ", notRendered));
        }
        air.sort(Comparator.comparingLong(Transmission::offsetNanos).thenComparingInt(Transmission::emitterIndex)
                .thenComparingLong(Transmission::sequence));
        truth.sort(Comparator.comparingLong(TruthEvent::offsetNanos).thenComparing(TruthEvent::emitter));
        listener.progress(String.format(java.util.Locale.ROOT, "rendered %,d frames from %d emitter(s)%s", air.size(),
                framed.size(), notRendered.isEmpty() ? "" : "; " + notRendered.size() + " emitter(s) not rendered"));

        LinkBudget budget = new LinkBudget(scenario);
        ProbeReceiver receiver = new ProbeReceiver(scenario, budget, framed);
        SpectrumSweeper sweeper = new SpectrumSweeper(scenario, budget);
        List<SimulationSummary.ProbeOutput> outputs = new ArrayList<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (Probe probe : scenario.probes()) {
            Path pcap = directory.resolve(pcapName(probe));
            Path sweep = directory.resolve(sweepName(probe));
            ProbeReceiver.Reception reception;
            try (PcapWriter writer = PcapWriter.create(pcap, PcapWriter.Resolution.MICROSECONDS)) {
                reception = receiver.receive(probe, air, writer);
            }
            long lines;
            try (Writer out = Files.newBufferedWriter(sweep, StandardCharsets.UTF_8)) {
                lines = sweeper.write(probe, out);
            }
            files.add(pcap);
            files.add(sweep);
            names.put(probe.id(), new String[] {pcap.getFileName().toString(), sweep.getFileName().toString()});
            outputs.add(new SimulationSummary.ProbeOutput(probe.id(), pcap, sweep, reception.frames(),
                    reception.framesByEmitter(), lines));
            listener.progress(String.format(java.util.Locale.ROOT,
                    "probe %s: %,d frames from %d emitter(s) (%,d too weak, %,d masked by a co-channel cell), %,d sweep lines",
                    probe.id(), reception.frames(), reception.framesByEmitter().size(), reception.tooWeak(),
                    reception.masked(), lines));
        }

        SigmfSettings sigmf = scenario.spectrum().sigmf();
        if (sigmf != null) {
            FmStation station = scenario.fmStations().stream().filter(f -> f.id().equals(sigmf.stationId())).findFirst()
                    .orElseThrow();
            Probe probe = scenario.probes().stream().filter(p -> p.id().equals(sigmf.probeId())).findFirst().orElseThrow();
            String base = probe.id() + "-" + station.id();
            Path data = directory.resolve(base + ".sigmf-data");
            Path meta = directory.resolve(base + ".sigmf-meta");
            long samples;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(data));
                 Writer metaOut = Files.newBufferedWriter(meta, StandardCharsets.UTF_8)) {
                samples = new FmIqRecorder(scenario, budget).write(sigmf, station, probe, out, metaOut);
            }
            files.add(meta);
            files.add(data);
            listener.progress(String.format(java.util.Locale.ROOT, "SigMF: %,d samples of %s at probe %s", samples,
                    station.id(), probe.id()));
        }
        files.add(write(directory.resolve(PROBES_CSV), out -> ProbesCsvWriter.write(scenario, names, out)));
        files.add(write(directory.resolve(PLAN_CSV), out -> PlanCsvWriter.write(scenario, out)));
        files.add(write(directory.resolve(LICENCES_CSV), out -> LicenceCsvWriter.write(scenario, out)));
        files.add(write(directory.resolve(GROUND_TRUTH), out -> GroundTruthWriter.write(scenario, rendered, truth, out)));
        return new SimulationSummary(directory, air.size(), outputs, notRendered, truth, files,
                (System.nanoTime() - started) / 1e9);
    }

    @FunctionalInterface
    private interface Content {
        void write(Writer out) throws IOException;
    }

    private static Path write(Path path, Content content) throws IOException {
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            content.write(out);
        }
        return path;
    }
}
