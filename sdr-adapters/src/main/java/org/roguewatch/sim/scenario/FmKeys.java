package org.roguewatch.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads an [fm ID] section: a broadcast transmitter, licensed or not. */
final class FmKeys {
    private FmKeys() {
    }

    static FmStation read(SectionReader in) {
        String id = in.section().id();
        String name = in.text("name", id);
        long frequency = in.required("frequency_mhz", t -> {
            double mhz = Values.range(Values.decimal(t), 87.5, 108.0, t);
            return Math.round(mhz * 1e6);
        }, 100_000_000L);
        long offset = in.longInteger("offset_hz", 0, -200_000, 200_000);
        double erp = in.required("erp_dbm", t -> {
            double value = Values.decimal(t);
            if (value < 0) {
                throw new BadValue("negative power " + t + " (dBm of radiated power are 0 or more)");
            }
            return Values.range(value, 0, 100, t);
        }, 0.0);
        double height = in.decimal("height_m", 100, 0, 1000);
        boolean licensed = in.bool("licensed", true);
        Integer pi = in.value("pi", t -> {
            if (!t.matches("(?i)[0-9a-f]{4}")) {
                throw new BadValue("'" + t + "' is not a 4-digit hexadecimal RDS PI code");
            }
            return (Integer) Integer.parseInt(t, 16);
        }, null);
        long tolerance = in.longInteger("tolerance_hz", 2000, 0, 100_000);
        long spurious = in.value("spurious_mhz", t -> Math.round(Values.range(Values.decimal(t), 108, 137, t) * 1e6), 0L);
        double spuriousDbc = in.decimal("spurious_dbc", -30, -120, 0);
        Track track = TrackKeys.read(in, null, true);
        if (track != null && track.mobile()) {
            in.problem("waypoint", "an FM station stands still (give position)");
        }
        Schedule schedule = TrackKeys.schedule(in);
        if (track == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        String mhz = String.format(Locale.ROOT, "%.2f MHz", frequency / 1e6);
        if (!licensed) {
            reasons.add("no licence for " + mhz + " (a pirate station)");
        } else if (Math.abs(offset) > tolerance) {
            reasons.add("carrier " + offset + " Hz off its licensed " + mhz + " (tolerance ±" + tolerance + " Hz)");
        }
        if (spurious != 0) {
            reasons.add(String.format(Locale.ROOT, "spurious emission at %.3f MHz (%.0f dBc) in the aeronautical band",
                    spurious / 1e6, spuriousDbc));
        }
        return new FmStation(id, name, frequency, offset, erp, track, height, licensed, pi, tolerance, schedule, reasons,
                spurious, spuriousDbc);
    }
}
