package org.roguewatch.sim.scenario;

import java.util.List;

/** The System Information keys, shared by [network] (the operator's values) and GSM [rogue] sections. */
final class SiKeys {
    private SiKeys() {
    }

    static SiParameters read(SectionReader in, SiParameters base) {
        return new SiParameters(
                in.integer("t3212", base.t3212(), 0, 255),
                in.integer("cell_reselect_offset", base.cellReselectOffset(), 0, 63),
                in.integer("temporary_offset", base.temporaryOffset(), 0, 7),
                in.integer("penalty_time", base.penaltyTime(), 0, 31),
                in.integer("cell_reselect_hysteresis", base.cellReselectHysteresis(), 0, 7),
                in.integer("ms_txpwr_max_cch", base.msTxpwrMaxCch(), 0, 31),
                in.integer("rxlev_access_min", base.rxlevAccessMin(), 0, 63),
                in.integer("ncc_permitted", base.nccPermitted(), 0, 255),
                in.bool("cell_barred", base.cellBarred()),
                in.bool("gprs", base.gprs()),
                in.bool("si2ter", base.si2ter()),
                arfcns(in, "multiband_neighbours", base.multibandNeighbours()),
                in.bool("si2quater", base.si2quater()),
                in.value("eutran_neighbours", t -> {
                    List<Integer> list = Values.integers(t, 0, 65535);
                    if (list.size() > 8) {
                        throw new BadValue(list.size() + " E-UTRAN frequencies; at most 8 fit one SI2quater");
                    }
                    return list;
                }, base.eutranNeighbours()),
                in.integer("geran_priority", base.geranPriority(), 0, 7),
                in.decimal("paging_per_minute", base.pagingPerMinute(), 0, 600));
    }

    /** A list of ARFCNs that must fit one 16-octet frequency list. */
    static List<Integer> arfcns(SectionReader in, String key, List<Integer> fallback) {
        return in.value(key, t -> {
            List<Integer> list = Values.integers(t, 0, 1023);
            if (!ArfcnLists.fits(list)) {
                throw new BadValue("these " + list.size() + " ARFCNs fit no 16-octet frequency list");
            }
            if (list.stream().distinct().count() != list.size()) {
                throw new BadValue("'" + t + "' names an ARFCN twice");
            }
            return list;
        }, fallback);
    }
}
