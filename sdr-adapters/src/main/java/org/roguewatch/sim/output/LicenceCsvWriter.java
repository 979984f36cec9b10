package org.roguewatch.sim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.roguewatch.sim.scenario.FmStation;
import org.roguewatch.sim.scenario.Scenario;

/**
 * Writes {@code fm-licences.csv}: the licensed FM stations of the scenario, as a regulator's
 * register lists them (unlicensed stations are, by definition, missing). Columns (documented in
 * config/scenarios/README.md): {@code frequency_hz,station,lat,lon,erp_dbm,height_m,pi_code,tolerance_hz}.
 */
public final class LicenceCsvWriter {
    public static final String HEADER = "frequency_hz,station,lat,lon,erp_dbm,height_m,pi_code,tolerance_hz";

    private LicenceCsvWriter() {
    }

    public static void write(Scenario scenario, Writer out) throws IOException {
        out.write("# Licensed FM stations of scenario '" + scenario.name()
                + "', written by roguewatch simulate (format: config/scenarios/README.md)\n");
        out.write(HEADER + "\n");
        for (FmStation station : scenario.fmStations()) {
            if (!station.licensed()) {
                continue;
            }
            out.write(String.format(Locale.ROOT, "%d,%s,%.6f,%.6f,%.1f,%.0f,%s,%d%n", station.frequencyHz(),
                    csv(station.name()), station.track().first().lat(), station.track().first().lon(), station.erpDbm(),
                    station.heightM(), station.piCode() == null ? "" : String.format("%04X", station.piCode()),
                    station.toleranceHz()));
        }
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
