package org.roguewatch.locate.report;

import java.util.List;

/** Everything one localization run produced: the located emitters and the probes that heard them. */
public record LocationReport(List<EmitterLocation> emitters, List<ProbePosition> probes) {
    public LocationReport {
        emitters = List.copyOf(emitters);
        probes = List.copyOf(probes);
    }
}
