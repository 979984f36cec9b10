package org.roguewatch.sim.propagation;

import java.util.HashMap;
import java.util.Map;
import org.roguewatch.sim.scenario.Emitter;
import org.roguewatch.sim.scenario.Probe;
import org.roguewatch.sim.scenario.Scenario;
import org.roguewatch.sim.scenario.Xy;

/**
 * Log-normal shadowing between an emitter and a probe, σ from the scenario. Shadowing belongs to
 * the path, so what moves decides which field is read:
 * <ul>
 * <li>a fixed emitter: the field of its site, read at the receiver's position (a moving probe
 * sees Gudmundson's correlation along its route; co-sited sectors share the field);</li>
 * <li>a moving emitter heard by a fixed probe: the probe's field, read at the emitter's position
 * (reciprocity);</li>
 * <li>both moving: the two fields read as above, summed and divided by √2 (variance stays σ²).</li>
 * </ul>
 * Fields are built on first use from the scenario seed and their label, so the result does not
 * depend on the order of use; they are defined everywhere, so emitters and probes may stand
 * outside the area.
 */
public final class Shadowing {
    private final Scenario scenario;
    private final double sigma;
    private final Map<String, ShadowingField> fields = new HashMap<>();

    public Shadowing(Scenario scenario) {
        this.scenario = scenario;
        this.sigma = scenario.propagation().shadowingSigmaDb();
    }

    /** Extra path loss in dB (positive: weaker), zero mean, σ as configured. */
    public double db(Emitter emitter, boolean emitterMobile, Xy tx, Probe probe, boolean probeMobile, Xy rx) {
        if (sigma == 0) {
            return 0;
        }
        if (!emitterMobile) {
            return sigma * field("site/" + emitter.site()).valueAt(rx);
        }
        double fromProbe = field("probe/" + probe.id()).valueAt(tx);
        if (!probeMobile) {
            return sigma * fromProbe;
        }
        return sigma * (field("site/" + emitter.site()).valueAt(rx) + fromProbe) / Math.sqrt(2);
    }

    private ShadowingField field(String label) {
        return fields.computeIfAbsent(label, l -> new ShadowingField(scenario.propagation().correlationDistanceM(),
                Seeds.random(scenario.seed(), "shadowing/" + l)));
    }
}
