package org.roguewatch.sim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a scenario file (format: {@code config/scenarios/README.md}). Strict: every problem —
 * unknown section or key, a bad number, a negative power, track times out of order, a probe
 * outside the area — is reported as {@code FILE:LINE: field 'KEY': what}, all of them at once, and
 * nothing is simulated from a file that has one.
 */
public final class ScenarioLoader {
    private static final Set<String> SINGLE = Set.of("scenario", "area", "propagation", "render", "spectrum", "network");
    private static final Set<String> WITH_ID = Set.of("probe", "rogue", "fm");
    private static final Set<String> TRACK_KEYS = Set.of("waypoint", "schedule");

    private ScenarioLoader() {
    }

    /** Reads {@code file} (UTF-8); a plan it names is resolved against the file's directory. */
    public static Scenario load(Path file) throws IOException, ScenarioException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        return parse(file.toString(), lines, parent);
    }

    /**
     * @param file          the name problems are reported under
     * @param baseDirectory where a {@code plan = FILE} is looked for
     */
    public static Scenario parse(String file, List<String> lines, Path baseDirectory) throws ScenarioException {
        Problems problems = new Problems();
        List<IniSection> sections = IniParser.parse(file, lines, problems);
        Map<String, IniSection> singles = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        List<IniSection> probes = new ArrayList<>();
        List<IniSection> rogues = new ArrayList<>();
        List<IniSection> fms = new ArrayList<>();
        for (IniSection section : sections) {
            if (SINGLE.contains(section.kind())) {
                if (section.id() != null) {
                    problems.add(file, section.line(), null, "[" + section.kind() + "] takes no id");
                }
                IniSection first = singles.putIfAbsent(section.kind(), section);
                if (first != null) {
                    problems.add(file, section.line(), null, "[" + section.kind() + "] appears twice (first on line "
                            + first.line() + ")");
                }
            } else if (WITH_ID.contains(section.kind())) {
                if (section.id() == null || !section.id().matches("[A-Za-z0-9_.-]{1,40}")) {
                    problems.add(file, section.line(), null, "[" + section.kind()
                            + " ID] needs an id of letters, digits, '_', '.', '-' (it names output files)");
                    continue;
                }
                Integer first = ids.putIfAbsent(section.id(), section.line());
                if (first != null) {
                    problems.add(file, section.line(), null, "id '" + section.id() + "' is also used on line " + first);
                    continue;
                }
                (switch (section.kind()) {
                    case "probe" -> probes;
                    case "rogue" -> rogues;
                    default -> fms;
                }).add(section);
            } else {
                problems.add(file, section.line(), null, "unknown section [" + section.kind()
                        + "] (known: scenario, area, propagation, render, spectrum, network, probe, rogue, fm)");
            }
        }
        for (String kind : List.of("scenario", "area", "network")) {
            if (!singles.containsKey(kind)) {
                problems.add(file, 0, null, "no [" + kind + "] section");
            }
        }
        if (probes.isEmpty()) {
            problems.add(file, 0, null, "no [probe ID] section: nothing would receive");
        }
        if (!problems.isEmpty() && (!singles.containsKey("scenario") || !singles.containsKey("area"))) {
            problems.throwIfAny();
        }

        SectionReader head = reader(file, singles.get("scenario"), problems);
        String name = head.text("name", baseName(file));
        long seed = head.longInteger("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        Instant start = head.value("start", Values::instant, Instant.parse("2026-01-01T00:00:00Z"));
        Duration duration = head.required("duration", t -> {
            Duration d = Values.duration(t);
            if (d.isZero() || d.compareTo(Duration.ofDays(7)) > 0) {
                throw new BadValue("'" + t + "' is not between 0 and 7 days");
            }
            return d;
        }, Duration.ofMinutes(1));
        head.finish();

        SectionReader areaKeys = reader(file, singles.get("area"), problems);
        GeoPoint origin = areaKeys.required("origin", Values::position, new GeoPoint(0, 0));
        double width = areaKeys.required("width_m", t -> Values.range(Values.decimal(t), 10, 200_000, t), 1000.0);
        double height = areaKeys.required("height_m", t -> Values.range(Values.decimal(t), 10, 200_000, t), 1000.0);
        areaKeys.finish();
        Area area = new Area(origin, width, height);
        LocalFrame frame = area.frame();

        Propagation propagation = propagation(reader(file, singles.get("propagation"), problems));
        RenderSettings render = render(reader(file, singles.get("render"), problems));
        SpectrumSettings spectrum = spectrum(reader(file, singles.get("spectrum"), problems));

        NetworkKeys.Network network = new NetworkKeys.Network(List.of(), List.of(), SiParameters.operatorDefaults(),
                LteParameters.operatorDefaults(), 8);
        if (singles.containsKey("network")) {
            SectionReader networkKeys = reader(file, singles.get("network"), problems);
            network = NetworkKeys.read(networkKeys, baseDirectory, frame, problems);
            networkKeys.finish();
        }
        List<Emitter> networkCells = new ArrayList<>(network.gsm());
        networkCells.addAll(network.lte());
        for (Emitter cell : networkCells) {
            if (ids.containsKey(cell.id())) {
                problems.add(file, ids.get(cell.id()), null, "id '" + cell.id() + "' is also a cell of the network");
            }
        }

        List<Probe> probeList = new ArrayList<>();
        for (IniSection section : probes) {
            SectionReader in = reader(file, section, problems);
            Track track = TrackKeys.read(in, area, true);
            double probeHeight = in.decimal("height_m", 10, 0, 1000);
            in.known("schedule");
            if (!in.all("schedule").isEmpty()) {
                in.problem("schedule", "a probe listens all the time");
            }
            in.finish();
            if (track != null) {
                probeList.add(new Probe(section.id(), track, probeHeight));
            }
        }
        List<Emitter> rogueList = new ArrayList<>();
        for (IniSection section : rogues) {
            SectionReader in = reader(file, section, problems);
            Emitter rogue = RogueKeys.read(in, area, network, frame);
            in.finish();
            if (rogue != null) {
                rogueList.add(rogue);
            }
        }
        List<FmStation> fmList = new ArrayList<>();
        for (IniSection section : fms) {
            SectionReader in = reader(file, section, problems);
            FmStation station = FmKeys.read(in);
            in.finish();
            if (station != null) {
                fmList.add(station);
            }
        }
        SigmfSettings asked = spectrum.sigmf();
        if (asked != null) {
            String stationId = asked.stationId();
            String probeId = asked.probeId();
            IniSection section = singles.get("spectrum");
            int line = section.entries().stream().filter(e -> e.key().equals("sigmf_station")).findFirst()
                    .map(IniEntry::line).orElse(section.line());
            if (fmList.stream().noneMatch(f -> f.id().equals(stationId))) {
                problems.add(file, line, "sigmf_station", "no [fm " + stationId + "] in the scenario");
            }
            if (probeId == null && !probeList.isEmpty()) {
                spectrum = new SpectrumSettings(spectrum.startHz(), spectrum.stopHz(), spectrum.binHz(), spectrum.hopHz(),
                        spectrum.interval(), spectrum.noiseFloorDbm(), spectrum.noiseRippleDb(), spectrum.samples(),
                        new SigmfSettings(stationId, probeList.get(0).id(), asked.start(), asked.seconds(),
                                asked.sampleRateHz()));
            } else if (probeId != null && probeList.stream().noneMatch(p -> p.id().equals(probeId))) {
                problems.add(file, line, "sigmf_probe", "no [probe " + probeId + "] in the scenario");
            }
            if (asked.start().compareTo(duration) >= 0) {
                problems.add(file, line, "sigmf_start", "the recording starts after the scenario ends");
            }
        }
        problems.throwIfAny();
        return new Scenario(file, name, seed, start, duration, area, propagation, render, spectrum, network.gsm(),
                network.lte(), rogueList, fmList, probeList);
    }

    private static SectionReader reader(String file, IniSection section, Problems problems) {
        IniSection actual = section != null ? section : new IniSection("defaults", null, 0, List.of());
        return new SectionReader(file, actual, problems, TRACK_KEYS);
    }

    private static Propagation propagation(SectionReader in) {
        Propagation p = new Propagation(
                in.decimal("exponent", 3.5, 1.5, 6),
                in.decimal("reference_distance_m", 100, 0.1, 10_000),
                in.decimal("reference_loss_db", 71.5, 0, 200),
                in.decimal("reference_frequency_mhz", 900, 1, 100_000) * 1e6,
                in.decimal("shadowing_sigma_db", 8, 0, 20),
                in.decimal("correlation_distance_m", 50, 1, 10_000),
                in.decimal("noise_floor_dbm", -111, -200, 0),
                in.decimal("sensitivity_dbm", -102, -200, 0),
                in.decimal("fading_sigma_db", 0, 0, 20),
                in.decimal("capture_ratio_db", 9, 0, 50),
                in.decimal("lte_load", Propagation.LTE_LOAD, 0.01, 1));
        in.finish();
        return p;
    }

    private static RenderSettings render(SectionReader in) {
        RenderSettings r = new RenderSettings(in.integer("si_decimation", 16, 1, 100_000),
                in.value("truth_interval", t -> {
                    Duration d = Values.duration(t);
                    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
                        throw new BadValue("'" + t + "' is below 1s");
                    }
                    return d;
                }, Duration.ofSeconds(10)),
                in.integer("lte_si_decimation", RenderSettings.LTE_SI_DECIMATION, 1, 100_000));
        in.finish();
        return r;
    }

    private static SpectrumSettings spectrum(SectionReader in) {
        double startMhz = in.decimal("start_mhz", 87.5, 1, 6000);
        double stopMhz = in.decimal("stop_mhz", 108, 1, 6000);
        double binKhz = in.decimal("bin_khz", 10, 0.1, 10_000);
        double hopMhz = in.decimal("hop_mhz", 2.05, 0.01, 100);
        if (stopMhz <= startMhz) {
            in.problem("stop_mhz", stopMhz + " MHz is not above start_mhz " + startMhz);
        }
        long bin = Math.round(binKhz * 1e3);
        long hop = Math.round(hopMhz * 1e6);
        if (hop % bin != 0) {
            in.problem("hop_mhz", "a hop of " + hopMhz + " MHz is not a whole number of " + binKhz + " kHz bins");
        }
        long span = Math.round((stopMhz - startMhz) * 1e6);
        if (span / bin > 1_000_000) {
            in.problem("bin_khz", "more than a million bins per sweep");
        }
        SpectrumSettings s = new SpectrumSettings(Math.round(startMhz * 1e6), Math.round(stopMhz * 1e6), bin, hop,
                in.value("interval", t -> {
                    Duration d = Values.duration(t);
                    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
                        throw new BadValue("'" + t + "' is below 1s");
                    }
                    return d;
                }, Duration.ofSeconds(60)),
                in.decimal("noise_floor_dbm", -100, -200, 0),
                in.decimal("noise_ripple_db", 0.5, 0, 10),
                in.integer("samples", 64, 1, 1_000_000),
                sigmf(in));
        in.finish();
        return s;
    }

    /** {@code sigmf_station} asks for a recording; the other sigmf keys need it. */
    private static SigmfSettings sigmf(SectionReader in) {
        String station = in.text("sigmf_station", null);
        String probe = in.text("sigmf_probe", null);
        Duration start = in.duration("sigmf_start", Duration.ZERO);
        double seconds = in.decimal("sigmf_seconds", 0.5, 0.001, 10);
        double rateKhz = in.decimal("sigmf_rate_khz", 250, 50, 10_000);
        if (station == null) {
            for (String key : List.of("sigmf_probe", "sigmf_start", "sigmf_seconds", "sigmf_rate_khz")) {
                if (in.has(key)) {
                    in.problem(key, "needs sigmf_station = FM ID");
                }
            }
            return null;
        }
        return new SigmfSettings(station, probe, start, seconds, (int) Math.round(rateKhz * 1000));
    }

    private static String baseName(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
