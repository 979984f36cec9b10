package org.roguewatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.roguewatch.observe.Radio;
import org.roguewatch.observe.Sighting;
import org.roguewatch.observe.SignalSummary;

/**
 * A synthetic fleet: {@code probes} probes, each hearing {@value #CELLS_PER_PROBE} cells of one
 * location area on ARFCNs 1..50, whose BA lists name their three nearest ARFCNs each side (so
 * neighbour relations are symmetric, as planned networks are). One probe in twenty also hears a
 * rogue cell (test PLMN, empty BA list, T3212 0, CRO 63, −45 dBm). Benign cells are written to the
 * plan, so every detector does its full work and the plan, area and neighbour checks pass.
 */
public final class SyntheticCells {
    static final int CELLS_PER_PROBE = 50;

    /** Observations and the plan that lists the benign ones. */
    public record Fleet(List<CellObservation> observations, Path plan) {
    }

    private static final Instant START = Instant.parse("2026-11-24T00:00:00Z");
    private static final FrameRef REF = new FrameRef("synthetic.pcap", 1, START);
    private static final Map<Object, FieldHistory<?>> SHARED = new HashMap<>();

    private SyntheticCells() {
    }

    public static Fleet generate(int observations, Path planFile) throws IOException {
        int probes = observations / CELLS_PER_PROBE;
        List<CellObservation> out = new ArrayList<>(observations);
        try (BufferedWriter plan = Files.newBufferedWriter(planFile)) {
            plan.write("radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon,azimuth_deg,beamwidth_deg,eirp_dbm,height_m\n");
            for (int probe = 0; probe < probes; probe++) {
                String probeId = "probe-" + probe;
                int lac = 1 + probe % 60_000;
                boolean rogueHere = probe % 20 == 0;
                int benign = rogueHere ? CELLS_PER_PROBE - 1 : CELLS_PER_PROBE;
                for (int k = 0; k < benign; k++) {
                    int arfcn = 1 + k;
                    int ci = 1 + (probe / 60_000) * 100 + k;
                    out.add(benignCell(probeId, lac, ci, arfcn));
                    plan.write("GSM,262,02," + lac + "," + ci + "," + arfcn + ",," + (48 + probe % 100 * 0.01) + ","
                            + (11 + k * 0.001) + ",0,65,55,30\n");
                }
                if (rogueHere) {
                    out.add(rogueCell(probeId));
                }
            }
        }
        return new Fleet(out, planFile);
    }

    private static CellObservation benignCell(String probe, int lac, int ci, int arfcn) {
        Map<CellField<?>, FieldHistory<?>> fields = new LinkedHashMap<>();
        put(fields, GsmFields.MCC, "262");
        put(fields, GsmFields.MNC, "02");
        put(fields, GsmFields.LAC, lac);
        put(fields, GsmFields.CI, ci);
        int[] neighbours = new int[6];
        int n = 0;
        for (int d = -3; d <= 3; d++) {
            int other = arfcn + d;
            if (d != 0 && other >= 1 && other <= CELLS_PER_PROBE) {
                neighbours[n++] = other;
            }
        }
        put(fields, GsmFields.NEIGHBOURS, ArfcnList.of(java.util.Arrays.copyOf(neighbours, n)));
        put(fields, GsmFields.T3212, 10);
        put(fields, GsmFields.CELL_RESELECT_OFFSET, 4);
        put(fields, GsmFields.PENALTY_TIME, 31);
        put(fields, GsmFields.GPRS_INDICATOR, true);
        common(fields, 8);
        TreeMap<String, Long> messages = new TreeMap<>();
        messages.put("System Information Type 3", 20L);
        messages.put("System Information Type 2", 10L);
        messages.put("System Information Type 13", 10L);
        messages.put("System Information Type 2quater", 10L);
        int level = -100 + arfcn % 40;
        return new CellObservation(probe, Radio.GSM, arfcn, START, START.plusSeconds(3600), fields, messages,
                new SignalSummary(60, level - 3, level, level - 1.5, level, 20, REF));
    }

    private static CellObservation rogueCell(String probe) {
        Map<CellField<?>, FieldHistory<?>> fields = new LinkedHashMap<>();
        put(fields, GsmFields.MCC, "001");
        put(fields, GsmFields.MNC, "01");
        put(fields, GsmFields.LAC, 1);
        put(fields, GsmFields.CI, 10);
        put(fields, GsmFields.NEIGHBOURS, ArfcnList.of());
        put(fields, GsmFields.T3212, 0);
        put(fields, GsmFields.CELL_RESELECT_OFFSET, 63);
        put(fields, GsmFields.PENALTY_TIME, 0);
        put(fields, GsmFields.GPRS_INDICATOR, false);
        common(fields, 0);
        TreeMap<String, Long> messages = new TreeMap<>();
        messages.put("System Information Type 3", 20L);
        messages.put("System Information Type 2", 10L);
        return new CellObservation(probe, Radio.GSM, 60, START, START.plusSeconds(3600), fields, messages,
                new SignalSummary(60, -48, -45, -46.5, -45, 20, REF));
    }

    private static void common(Map<CellField<?>, FieldHistory<?>> fields, int rxlevAccessMin) {
        put(fields, GsmFields.RXLEV_ACCESS_MIN, rxlevAccessMin);
        put(fields, GsmFields.MS_TXPWR_MAX_CCH, 5);
        put(fields, GsmFields.CELL_RESELECT_HYSTERESIS, 3);
        put(fields, GsmFields.NCC_PERMITTED, 0xff);
        put(fields, GsmFields.CELL_BARRED, false);
        put(fields, GsmFields.MAX_RETRANS, 2);
        put(fields, GsmFields.TX_INTEGER, 14);
    }

    /** Histories are immutable, so equal values share one (a million cells fit in memory). */
    private static <T> void put(Map<CellField<?>, FieldHistory<?>> fields, CellField<T> field, T value) {
        fields.put(field, SHARED.computeIfAbsent(List.of(field.name(), value),
                k -> new FieldHistory<>(List.of(new Sighting<>(value, REF, REF, 10)), value)));
    }
}
