package org.roguewatch.broadcast;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roguewatch.detect.fm.FmProbeSite;
import org.roguewatch.registry.ProbeRoster;
import org.roguewatch.registry.RosterProbe;
import org.roguewatch.spectrum.sigmf.SigmfRecording;

/**
 * Sorts an analysis's inputs into captures (pcap, pcapng) and spectrum files (sweep CSVs, SigMF
 * recordings, once per recording whichever of its two files was named), from the command line or
 * from a probes file (its capture lists and its sweep column).
 *
 * @param captures the GSMTAP captures
 * @param spectra  the spectrum files with their probe
 */
public record FmInputs(List<Path> captures, List<SpectrumInput> spectra) {
    /** Antenna height assumed for a probe whose roster row gives none: a rooftop. */
    public static final double DEFAULT_PROBE_HEIGHT_M = 10;

    public FmInputs {
        captures = List.copyOf(captures);
        spectra = List.copyOf(spectra);
    }

    /** Files named on the command line, all from one probe. */
    public static FmInputs of(List<Path> files, String probeId) throws IOException {
        List<Path> captures = new ArrayList<>();
        Map<Path, SpectrumInput> spectra = new LinkedHashMap<>();
        for (Path file : files) {
            add(file, probeId, captures, spectra);
        }
        return new FmInputs(captures, new ArrayList<>(spectra.values()));
    }

    /** A fleet's files: each probe's captures (sorted by content) and its sweep. */
    public static FmInputs of(ProbeRoster roster) throws IOException {
        Set<Path> captures = new LinkedHashSet<>();
        Map<Path, SpectrumInput> spectra = new LinkedHashMap<>();
        for (RosterProbe probe : roster.probes()) {
            List<Path> mine = new ArrayList<>();
            for (Path file : probe.captures()) {
                add(file, probe.id(), mine, spectra);
            }
            captures.addAll(mine);
            if (probe.sweep() != null) {
                add(probe.sweep(), probe.id(), new ArrayList<>(), spectra);
            }
        }
        return new FmInputs(new ArrayList<>(captures), new ArrayList<>(spectra.values()));
    }

    /** The fixed probes' positions (a moving probe's spectra cannot be placed by one point, so it has none). */
    public static Map<String, FmProbeSite> sites(ProbeRoster roster) {
        Map<String, FmProbeSite> sites = new LinkedHashMap<>();
        for (RosterProbe probe : roster.probes()) {
            if (probe.moving()) {
                continue;
            }
            Double height = probe.track().get(0).heightM();
            sites.put(probe.id(), new FmProbeSite(probe.id(), probe.track().get(0).latitude(),
                    probe.track().get(0).longitude(), height == null ? DEFAULT_PROBE_HEIGHT_M : height));
        }
        return sites;
    }

    private static void add(Path file, String probeId, List<Path> captures, Map<Path, SpectrumInput> spectra)
            throws IOException {
        InputKind kind = InputKind.of(file);
        if (kind == InputKind.CAPTURE) {
            captures.add(file);
            return;
        }
        Path key = kind == InputKind.SIGMF ? SigmfRecording.sibling(file, SigmfRecording.META_SUFFIX) : file;
        spectra.putIfAbsent(key.toAbsolutePath().normalize(), new SpectrumInput(probeId, key, kind));
    }
}
