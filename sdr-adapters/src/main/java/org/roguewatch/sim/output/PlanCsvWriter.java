package org.roguewatch.sim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.roguewatch.sim.scenario.Antenna;
import org.roguewatch.sim.scenario.GeoPoint;
import org.roguewatch.sim.scenario.GsmCell;
import org.roguewatch.sim.scenario.LteCell;
import org.roguewatch.sim.scenario.Scenario;

/**
 * Writes the scenario's legitimate network as an operator cell plan in the format of
 * {@code config/cell-plan.csv}, for {@code roguewatch analyze --plan}. Rogue cells are not in it:
 * that is the point.
 */
public final class PlanCsvWriter {
    public static final String HEADER =
            "radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon,azimuth_deg,beamwidth_deg,eirp_dbm,height_m";

    private PlanCsvWriter() {
    }

    public static void write(Scenario scenario, Writer out) throws IOException {
        out.write("# Cell plan of the legitimate network of scenario '" + scenario.name()
                + "', written by roguewatch simulate.\n# Format: config/cell-plan.csv. BSIC as NCC-BCC.\n");
        out.write(HEADER + "\n");
        for (GsmCell cell : scenario.gsmCells()) {
            row(out, "GSM", cell.mcc(), cell.mnc(), cell.lac(), cell.ci(), cell.arfcn(),
                    (cell.bsic() / 8) + "-" + (cell.bsic() % 8), cell.track().first(), cell.antenna(), cell.eirpDbm(),
                    cell.heightM());
        }
        for (LteCell cell : scenario.lteCells()) {
            row(out, "LTE", cell.mcc(), cell.mnc(), cell.tac(), cell.eci(), cell.earfcn(),
                    cell.pci() == null ? "" : cell.pci().toString(), cell.track().first(), cell.antenna(), cell.eirpDbm(),
                    cell.heightM());
        }
    }

    private static void row(Writer out, String radio, String mcc, String mnc, int area, long ci, int channel, String bsic,
                            GeoPoint position, Antenna antenna, double eirp, double height) throws IOException {
        String azimuth = antenna.azimuthDeg() == null ? "" : String.format(Locale.ROOT, "%.0f", antenna.azimuthDeg());
        String beamwidth = antenna.azimuthDeg() == null ? "" : String.format(Locale.ROOT, "%.0f", antenna.beamwidthDeg());
        out.write(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%d,%s,%.6f,%.6f,%s,%s,%.1f,%.0f%n", radio, mcc, mnc, area, ci,
                channel, bsic, position.lat(), position.lon(), azimuth, beamwidth, eirp, height));
    }
}
