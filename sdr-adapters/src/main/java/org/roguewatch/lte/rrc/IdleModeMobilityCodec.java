package org.roguewatch.lte.rrc;

import java.util.ArrayList;
import java.util.List;
import org.roguewatch.lte.per.PerReader;
import org.roguewatch.lte.per.PerWriter;

/**
 * IdleModeMobilityControlInfo (TS 36.331 6.2.2): an extensible SEQUENCE of seven OPTIONAL root
 * components; its Rel-12, Rel-13 and Rel-15 extension addition groups are skipped as open types.
 */
final class IdleModeMobilityCodec {
    private static final int MAX_FREQ = 8;
    private static final int MAX_GNFG = 16;
    private static final int MAX_UTRA_CARRIER = 16;
    private static final int MAX_CDMA_BAND_CLASS = 32;

    private IdleModeMobilityCodec() {
    }

    static IdleModeMobilityControlInfo read(PerReader in) {
        boolean extended = in.extensionBit();
        boolean[] present = in.optionals(7);
        List<FrequencyPriority> eutra = present[0] ? priorities(in, MAX_FREQ, DedicatedPer.MAX_EARFCN) : List.of();
        List<GeranPriority> geran = new ArrayList<>();
        if (present[1]) {
            int count = in.length(1, MAX_GNFG);
            for (int i = 0; i < count; i++) {
                GeranArfcnSet set = GeranArfcnSet.read(in);
                geran.add(new GeranPriority(set.arfcns(), set.band(), in.constrainedInt(0, 7)));
            }
        }
        List<FrequencyPriority> utraFdd = present[2] ? priorities(in, MAX_UTRA_CARRIER, 16383) : List.of();
        List<FrequencyPriority> utraTdd = present[3] ? priorities(in, MAX_UTRA_CARRIER, 16383) : List.of();
        List<FrequencyPriority> hrpd = present[4] ? bandClasses(in) : List.of();
        List<FrequencyPriority> oneXrtt = present[5] ? bandClasses(in) : List.of();
        Integer t320 = present[6] ? DedicatedNames.T320_MINUTES[in.constrainedInt(0, 7)] : null;
        if (extended) {
            DedicatedPer.skipExtensionAdditions(in);
        }
        return new IdleModeMobilityControlInfo(eutra, geran, utraFdd, utraTdd, hrpd, oneXrtt, t320);
    }

    private static List<FrequencyPriority> priorities(PerReader in, int maxEntries, int maxCarrier) {
        int count = in.length(1, maxEntries);
        List<FrequencyPriority> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int carrier = in.constrainedInt(0, maxCarrier);
            out.add(new FrequencyPriority(carrier, in.constrainedInt(0, 7)));
        }
        return out;
    }

    private static List<FrequencyPriority> bandClasses(PerReader in) {
        int count = in.length(1, MAX_CDMA_BAND_CLASS);
        List<FrequencyPriority> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int bandClass = DedicatedPer.enumerated(in, DedicatedNames.BAND_CLASS_ROOT);
            out.add(new FrequencyPriority(bandClass, in.constrainedInt(0, 7)));
        }
        return out;
    }

    /** Writes the root components; an EARFCN above 65535 is written as maxEARFCN (the caller adds v9e0). */
    static void write(PerWriter out, IdleModeMobilityControlInfo info) {
        out.bit(false);
        out.bit(!info.eutra().isEmpty()).bit(!info.geran().isEmpty()).bit(!info.utraFdd().isEmpty())
                .bit(!info.utraTdd().isEmpty()).bit(!info.hrpdBandClasses().isEmpty())
                .bit(!info.oneXrttBandClasses().isEmpty()).bit(info.t320Minutes() != null);
        if (!info.eutra().isEmpty()) {
            out.length(info.eutra().size(), 1, MAX_FREQ);
            for (FrequencyPriority entry : info.eutra()) {
                int earfcn = DedicatedPer.checkedRange(entry.carrier(), 0, DedicatedPer.MAX_EARFCN2, "EARFCN");
                out.constrained(Math.min(earfcn, DedicatedPer.MAX_EARFCN), 0, DedicatedPer.MAX_EARFCN);
                out.constrained(entry.priority(), 0, 7);
            }
        }
        if (!info.geran().isEmpty()) {
            out.length(info.geran().size(), 1, MAX_GNFG);
            for (GeranPriority entry : info.geran()) {
                new GeranArfcnSet(entry.arfcns(), entry.band()).write(out);
                out.constrained(entry.priority(), 0, 7);
            }
        }
        writePriorities(out, info.utraFdd(), MAX_UTRA_CARRIER, 16383);
        writePriorities(out, info.utraTdd(), MAX_UTRA_CARRIER, 16383);
        writeBandClasses(out, info.hrpdBandClasses());
        writeBandClasses(out, info.oneXrttBandClasses());
        if (info.t320Minutes() != null) {
            out.constrained(DedicatedNames.t320Index(info.t320Minutes()), 0, 7);
        }
    }

    private static void writePriorities(PerWriter out, List<FrequencyPriority> entries, int maxEntries,
                                        int maxCarrier) {
        if (entries.isEmpty()) {
            return;
        }
        out.length(entries.size(), 1, maxEntries);
        for (FrequencyPriority entry : entries) {
            out.constrained(entry.carrier(), 0, maxCarrier).constrained(entry.priority(), 0, 7);
        }
    }

    private static void writeBandClasses(PerWriter out, List<FrequencyPriority> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.length(entries.size(), 1, MAX_CDMA_BAND_CLASS);
        for (FrequencyPriority entry : entries) {
            out.enumerated(entry.carrier(), DedicatedNames.BAND_CLASS_ROOT, true).constrained(entry.priority(), 0, 7);
        }
    }
}
