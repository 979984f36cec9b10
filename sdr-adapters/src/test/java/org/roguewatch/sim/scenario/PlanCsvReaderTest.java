package org.roguewatch.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The simulator's reader of the operator cell plan format: good rows, bad rows by field, random text. */
class PlanCsvReaderTest {
    private static final String HEADER =
            "radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon,azimuth_deg,beamwidth_deg,eirp_dbm,height_m";

    @Test
    void rowsOfTheDocumentedFormatLoadWithOptionalColumnsBlank() {
        Problems problems = new Problems();
        List<PlanRow> rows = PlanCsvReader.read("p.csv", List.of("# comment", HEADER,
                "GSM,262,02,318,11225,725,5-2,51.2274,6.7735,60,65,58,32",
                " gsm , 262 , \"002\" ,318,11226,14,,51.2274,6.7735,,,,",
                "LTE,262,02,45101,40985857,6300,123,51.2274,6.7735,60,65,61.5,32"), problems);
        assertTrue(problems.isEmpty());
        assertEquals(3, rows.size());
        assertEquals(42, rows.get(0).bsicPci());
        assertEquals("002", rows.get(1).mnc(), "quoted, leading zeros kept");
        assertEquals(null, rows.get(1).azimuthDeg());
        assertEquals(Radio.LTE, rows.get(2).radio());
        assertEquals(5, rows.get(2).line(), "file line, comment and header counted");
    }

    @Test
    void badRowsNameTheirLineAndField() throws ScenarioException {
        Problems problems = new Problems();
        PlanCsvReader.read("p.csv", List.of(HEADER,
                "GSM,262,02,65534,1,725,,51,6,,,,",
                "GSM,262,02,318,1,300,,51,6,,,,",
                "GSM,262,02,318,1,725,,51,6,,,-3,",
                "GSM,262,02,318,1,725,,51,6,,,,",
                "GSM,262,02,318,1,725,,51,6,,,,"), problems);
        List<String> lines = new ArrayList<>();
        try {
            problems.throwIfAny();
        } catch (ScenarioException e) {
            e.problems().forEach(p -> lines.add(p.toString()));
        }
        assertEquals(List.of(
                "p.csv:2: field 'lac_tac': 65534 is outside 1..65535 or the reserved 65534",
                "p.csv:3: field 'arfcn_earfcn': ARFCN 300 is not in GSM 900 or DCS 1800",
                "p.csv:4: field 'eirp_dbm': negative power -3.0 dBm",
                "p.csv:6: field 'ci_eci': cell GSM 262-02-318-1 is also on line 5"), lines);
    }

    @Test
    void randomTextIsReportedNeverThrown() {
        String alphabet = "GSMLTE0123456789,.-\" #abc\u00e9\t";
        Random random = new Random(3);
        for (int run = 0; run < 3000; run++) {
            List<String> lines = new ArrayList<>();
            if (random.nextBoolean()) {
                lines.add(HEADER);
            }
            for (int i = random.nextInt(6); i >= 0; i--) {
                StringBuilder line = new StringBuilder();
                for (int j = random.nextInt(80); j >= 0; j--) {
                    line.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                lines.add(line.toString());
            }
            Problems problems = new Problems();
            List<PlanRow> rows = PlanCsvReader.read("r.csv", lines, problems);
            assertTrue(rows.size() <= lines.size());
        }
    }
}
