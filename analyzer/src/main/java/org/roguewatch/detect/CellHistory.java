package org.roguewatch.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellIdentity;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.DedicatedTransaction;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.Radio;
import org.roguewatch.observe.Sighting;
import org.roguewatch.registry.PlannedCell;

/**
 * One cell as every probe heard it: the observations of all probes that heard the same identity on
 * the same channel. Detectors read it; it is immutable.
 */
public final class CellHistory {
    private final List<CellObservation> observations;
    private final CellObservation latest;
    private final CellIdentity identity;
    private final CellRef ref;
    private final List<ProbeTransaction> transactions;
    private Optional<PlannedCell> planned;

    public CellHistory(List<CellObservation> observations) {
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("a cell history needs at least one observation");
        }
        this.observations = List.copyOf(observations);
        this.latest = this.observations.stream()
                .max(Comparator.comparing(o -> o.lastSeen() == null ? Instant.MIN : o.lastSeen())).orElseThrow();
        this.identity = latest.identity();
        this.ref = CellRef.of(latest.radio(), identity, latest.channel());
        List<ProbeTransaction> all = new ArrayList<>();
        for (CellObservation observation : this.observations) {
            for (DedicatedTransaction transaction : observation.transactions()) {
                all.add(new ProbeTransaction(observation.probeId(), transaction));
            }
        }
        this.transactions = List.copyOf(all);
    }

    /** "mcc-mnc", or null when the identity is not known. */
    public String plmn() {
        return ref.plmn();
    }

    public List<CellObservation> observations() {
        return observations;
    }

    public Radio radio() {
        return latest.radio();
    }

    public int channel() {
        return latest.channel();
    }

    public CellIdentity identity() {
        return identity;
    }

    public CellRef ref() {
        return ref;
    }

    /**
     * The plan entry of this cell's identity, computed once: several detectors ask. Computed on
     * the thread assessing the cell; a race would only compute the same value twice.
     */
    Optional<PlannedCell> planned(Function<CellHistory, Optional<PlannedCell>> lookUp) {
        Optional<PlannedCell> known = planned;
        if (known == null) {
            known = lookUp.apply(this);
            planned = known;
        }
        return known;
    }

    /** The value most recently heard by any probe, or null. */
    public <T> T latest(CellField<T> field) {
        T value = latest.latest(field);
        if (value != null || observations.size() == 1) {
            return value;
        }
        for (CellObservation observation : observations) {
            T other = observation.latest(field);
            if (other != null) {
                return other;
            }
        }
        return null;
    }

    public boolean heard(CellField<?> field) {
        return latest(field) != null;
    }

    /** How many messages of this name all probes decoded on the cell. */
    public long messageCount(String name) {
        long count = 0;
        for (CellObservation observation : observations) {
            count += observation.messageCount(name);
        }
        return count;
    }

    /** The strongest level any probe measured, or null when none reported one. */
    public Integer maxSignalDbm() {
        Integer max = null;
        for (CellObservation observation : observations) {
            if (observation.signal().samples() > 0 && (max == null || observation.signal().maxDbm() > max)) {
                max = observation.signal().maxDbm();
            }
        }
        return max;
    }

    /** Every probe's dedicated-channel transactions on this cell. */
    public List<ProbeTransaction> transactions() {
        return transactions;
    }

    /**
     * Evidence that the field had {@code value}: per probe, the first frame that carried it.
     *
     * @param expected what the rule expected instead, or null
     */
    public <T> List<Evidence> evidence(CellField<T> field, T value, Object expected) {
        List<Evidence> out = new ArrayList<>();
        for (CellObservation observation : observations) {
            FieldHistory<T> history = observation.history(field);
            if (history == null) {
                continue;
            }
            for (Sighting<T> sighting : history.sightings()) {
                if (sighting.value().equals(value)) {
                    out.add(new Evidence(observation.probeId(), sighting.first().source(), sighting.first().frame(),
                            sighting.first().time(), field.tsharkField(), EvidenceValues.of(value), expected));
                }
            }
        }
        return out;
    }

    /** Evidence for the latest value of the field. */
    public <T> List<Evidence> evidence(CellField<T> field, Object expected) {
        T value = latest(field);
        return value == null ? List.of() : evidence(field, value, expected);
    }

    @Override
    public String toString() {
        return ref.toString();
    }
}
