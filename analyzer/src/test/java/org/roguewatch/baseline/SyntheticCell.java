package org.roguewatch.baseline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roguewatch.capture.FrameRef;
import org.roguewatch.observe.ArfcnList;
import org.roguewatch.observe.CellField;
import org.roguewatch.observe.CellObservation;
import org.roguewatch.observe.FieldHistory;
import org.roguewatch.observe.GsmFields;
import org.roguewatch.observe.LteFields;
import org.roguewatch.observe.Radio;
import org.roguewatch.observe.Sighting;
import org.roguewatch.observe.SignalSummary;

/** Builds a cell observation by hand, value by value, as the GSM folder would have produced it. */
final class SyntheticCell {
    static final String SI1 = "System Information Type 1";
    static final String SI2 = "System Information Type 2";
    static final String SI2TER = "System Information Type 2ter";
    static final String SI2QUATER = "System Information Type 2quater";
    static final String SI3 = "System Information Type 3";
    static final String SI4 = "System Information Type 4";
    static final String SI13 = "System Information Type 13";

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final Radio radio;
    private final Map<CellField<?>, List<Object>> values = new LinkedHashMap<>();
    private final Map<String, Long> messages = new TreeMap<>();

    private SyntheticCell(Radio radio) {
        this.radio = radio;
    }

    /** A GSM cell with its identity as SI3 gives it, nothing else yet. */
    static SyntheticCell gsm(String mcc, String mnc, int lac, int ci) {
        return new SyntheticCell(Radio.GSM).with(GsmFields.MCC, mcc).with(GsmFields.MNC, mnc)
                .with(GsmFields.LAC, lac).with(GsmFields.CI, ci).sent(SI3);
    }

    /** An LTE cell with the PLMN its SIB1 gives and nothing else learnable. */
    static SyntheticCell lte(String mcc, String mnc) {
        return new SyntheticCell(Radio.LTE).with(LteFields.MCC, mcc).with(LteFields.MNC, mnc)
                .sent("SystemInformationBlockType1");
    }

    /** A cell heard without any identity (e.g. only paging on its CCCH). */
    static SyntheticCell anonymous() {
        return new SyntheticCell(Radio.GSM).sent("Paging Request Type 1");
    }

    /**
     * A GSM cell shaped like a planned one: every SI type, GPRS, five neighbours, the
     * parameters the Vodafone capture shows.
     */
    static SyntheticCell planned(String mcc, String mnc, int ci) {
        return gsm(mcc, mnc, 318, ci).sent(SI1, SI2, SI2TER, SI2QUATER, SI4, SI13)
                .with(GsmFields.GPRS_INDICATOR, true)
                .with(GsmFields.NEIGHBOURS, ArfcnList.of(730, 733, 734, 741, 746))
                .with(GsmFields.RXLEV_ACCESS_MIN, 9).with(GsmFields.MS_TXPWR_MAX_CCH, 0)
                .with(GsmFields.CELL_RESELECT_HYSTERESIS, 3).with(GsmFields.NCC_PERMITTED, 120)
                .with(GsmFields.CELL_BARRED, false).with(GsmFields.MAX_RETRANS, 2).with(GsmFields.TX_INTEGER, 14)
                .with(GsmFields.ACCESS_CONTROL_CLASSES, 0).with(GsmFields.NECI, false).with(GsmFields.T3212, 10)
                .with(GsmFields.CELL_RESELECT_OFFSET, 40).with(GsmFields.TEMPORARY_OFFSET, 0)
                .with(GsmFields.PENALTY_TIME, 31).with(GsmFields.RADIO_LINK_TIMEOUT, 5)
                .with(GsmFields.BS_AG_BLKS_RES, 1).with(GsmFields.BS_PA_MFRMS, 7);
    }

    /** Adds values to the field's history, in order; the last is the latest. */
    @SafeVarargs
    final <T> SyntheticCell with(CellField<T> field, T... taken) {
        List<Object> list = values.computeIfAbsent(field, f -> new ArrayList<>());
        for (T value : taken) {
            list.remove(value);
            list.add(value);
        }
        return this;
    }

    /** Forgets a field, as if its message was never heard. */
    SyntheticCell without(CellField<?> field) {
        values.remove(field);
        return this;
    }

    SyntheticCell sent(String... names) {
        for (String name : names) {
            messages.merge(name, 1L, Long::sum);
        }
        return this;
    }

    SyntheticCell notSent(String name) {
        messages.remove(name);
        return this;
    }

    CellObservation observe(String probeId, int channel) {
        Map<CellField<?>, FieldHistory<?>> fields = new LinkedHashMap<>();
        long frame = 1;
        for (Map.Entry<CellField<?>, List<Object>> entry : values.entrySet()) {
            List<Sighting<Object>> sightings = new ArrayList<>();
            for (Object value : entry.getValue()) {
                FrameRef ref = new FrameRef("synthetic", frame, T0.plusMillis(frame));
                frame++;
                sightings.add(new Sighting<>(value, ref, ref, 1));
            }
            List<Object> taken = entry.getValue();
            fields.put(entry.getKey(), new FieldHistory<>(sightings, taken.get(taken.size() - 1)));
        }
        return new CellObservation(probeId, radio, channel, T0, T0.plusSeconds(10), fields, new TreeMap<>(messages),
                SignalSummary.NONE);
    }
}
