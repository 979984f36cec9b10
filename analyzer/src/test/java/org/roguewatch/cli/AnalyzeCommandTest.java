package org.roguewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roguewatch.detect.Detector;
import org.roguewatch.testing.SharedCaptures;
import org.roguewatch.detect.Detectors;
import org.junit.jupiter.api.io.TempDir;

/** {@code roguewatch analyze} end to end: exit codes, the human report and the JSON-lines contract. */
class AnalyzeCommandTest {
    private static final String SAMPLE = Path.of("..", "config", "samples", "imsi-catcher-sample.pcap").toString();

    private record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(List.of(new AnalyzeCommand())).run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anLteCellLineNamesTacEciAndEarfcnAndHasNoLevelWhereTheProducerMeasuredNone() {
        String capture = SharedCaptures.require(SharedCaptures.LTE_SNIFFER_GSMTAP).toString();
        Run run = run("analyze", "--json", "--no-progress", capture);
        assertEquals(0, run.status(), run.err());
        Map<String, Object> cell = run.lines().stream().map(MiniJson::object).filter(l -> "cell".equals(l.get("type")))
                .findFirst().orElseThrow();
        assertEquals("LTE", cell.get("radio"));
        assertEquals(List.of("901", "55", 7L, 105217L, 0L), List.of(cell.get("mcc"), cell.get("mnc"), cell.get("tac"),
                cell.get("eci"), cell.get("earfcn")));
        assertTrue(!cell.containsKey("lac") && !cell.containsKey("ci") && !cell.containsKey("arfcn"), cell.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> signal = (Map<String, Object>) cell.get("signal");
        assertEquals(0L, signal.get("samples"));
        assertEquals(null, signal.get("meanDbm"));
        Map<String, Object> finding = run.lines().stream().map(MiniJson::object)
                .filter(l -> "finding".equals(l.get("type"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> ref = (Map<String, Object>) finding.get("cell");
        assertEquals(105217L, ref.get("eci"));
    }

    @Test
    void jsonLinesStartWithReportEndWithSummaryAndCarryTheCell() {
        Run run = run("analyze", "--json", "--no-progress", SAMPLE);
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> lines = run.lines().stream().map(MiniJson::object).toList();
        assertEquals("report", lines.get(0).get("type"));
        assertEquals(1L, lines.get(0).get("version"));
        long needingPlan = Detectors.all().stream().filter(Detector::needsPlan).count();
        assertEquals(3, needingPlan);
        assertEquals(Detectors.all().size() - needingPlan, ((List<?>) lines.get(0).get("detectors")).size(),
                "without a plan the detectors that need one stay off");
        assertEquals("summary", lines.get(lines.size() - 1).get("type"));
        Map<String, Object> cell = lines.stream().filter(l -> "cell".equals(l.get("type"))).findFirst().orElseThrow();
        assertEquals("GSM", cell.get("radio"));
        assertEquals("001", cell.get("mcc"), "MCC stays a string with its leading zeros");
        assertEquals("01", cell.get("mnc"));
        assertEquals(1L, cell.get("lac"));
        assertEquals(10L, cell.get("ci"));
        assertEquals(725L, cell.get("arfcn"));
        assertEquals(0L, cell.get("t3212"));
        assertEquals(63L, cell.get("cellReselectOffset"));
        assertEquals(List.of(), cell.get("neighbours"));
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> evidence = (Map<String, List<Map<String, Object>>>) cell.get("evidence");
        Map<String, Object> t3212 = evidence.get("t3212").get(0);
        assertEquals(3L, t3212.get("frame"));
        assertEquals(SAMPLE, t3212.get("source"));
        assertEquals("gsm_a.rr.t3212", t3212.get("field"));
        assertEquals(3, evidence.get("cipherAlgorithm").size(), "A5/1, none and A5/3 were each commanded");
        Map<String, Object> summary = lines.get(lines.size() - 1);
        assertEquals(50L, summary.get("packets"));
        assertEquals(Map.of(), summary.get("malformed"));
    }

    @Test
    void messagesModeListsEachMessageWithItsFrame() {
        Run run = run("analyze", "--json", "--messages", "--no-progress", SAMPLE);
        List<Map<String, Object>> messages = run.lines().stream().map(MiniJson::object)
                .filter(l -> "message".equals(l.get("type"))).toList();
        assertEquals(28, messages.size());
        Map<String, Object> sms = messages.stream().filter(m -> "CP-DATA".equals(m.get("name"))).findFirst().orElseThrow();
        assertEquals(31L, sms.get("frame"));
        assertTrue(((String) sms.get("info")).contains("95588"));
    }

    @Test
    void humanReportShowsTheCellTableAndCounts() {
        Run run = run("analyze", "--no-progress", SAMPLE);
        assertEquals(0, run.status());
        assertTrue(run.out().contains("001-01-1-10"), run.out());
        assertTrue(run.out().contains("Ciphering Mode Command"));
        assertTrue(run.out().contains("Malformed input: none"));
    }

    @Test
    void missingFileIsOneLineErrorAndExitOne() {
        Run run = run("analyze", "no/such/capture.pcap");
        assertEquals(1, run.status());
        assertEquals("roguewatch analyze: no/such/capture.pcap: no such file", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void fileThatIsNotACaptureIsOneLineErrorAndExitOne(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "this is not a capture\n");
        Run run = run("analyze", text.toString());
        assertEquals(1, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("notes.txt"), run.err());
    }

    @Test
    void brokenPlanStopsTheAnalysisWithFileLineAndField(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon\n"
                + "GSM,262,02,abc,1,725,,51.2,6.8\nGSM,262,02,318,11225,725,,51.2,6.8\n");
        Run run = run("analyze", "--plan", plan.toString(), SAMPLE);
        assertEquals(1, run.status());
        assertEquals("", run.out(), "analysis must not start on a broken plan");
        assertTrue(run.err().contains(plan + ":2: field 'lac_tac'"), run.err());
    }

    @Test
    void lenientSkipsBadPlanRowsAndCountsThem(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "radio,mcc,mnc,lac_tac,ci_eci,arfcn_earfcn,bsic_pci,lat,lon\n"
                + "GSM,262,02,abc,1,725,,51.2,6.8\nGSM,262,02,318,11225,725,,51.2,6.8\n"
                + "GSM,262,02,318,11225,725,,51.2,6.8\n");
        Run run = run("analyze", "--json", "--no-progress", "--lenient", "--plan", plan.toString(), SAMPLE);
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> lines = run.lines().stream().map(MiniJson::object).toList();
        @SuppressWarnings("unchecked")
        Map<String, Object> planSummary = (Map<String, Object>) lines.get(lines.size() - 1).get("plan");
        assertEquals(1L, planSummary.get("cells"));
        assertEquals(2L, planSummary.get("skippedRows"), "a bad LAC and a duplicate row");
    }

    @Test
    void missingPlanIsOneLineError() {
        Run run = run("analyze", "--plan", "/no/such/dir/plan-2GB.csv", SAMPLE);
        assertEquals(1, run.status());
        assertEquals(1, run.err().strip().lines().count());
        assertTrue(run.err().contains("/no/such/dir/plan-2GB.csv"));
    }

    @Test
    void findingsCarryEvidenceAndTheCellItsVerdict() {
        Run run = run("analyze", "--json", "--no-progress", "--config", Path.of("..", "config", "analyzer.properties")
                .toString(), "--plan", Path.of("..", "config", "cell-plan.csv").toString(), SAMPLE);
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> lines = run.lines().stream().map(MiniJson::object).toList();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> detectors = (List<Map<String, Object>>) lines.get(0).get("detectors");
        assertEquals(Detectors.all().size(), detectors.size(), "all detectors run when a plan is given");
        Map<String, Object> cell = lines.stream().filter(l -> "cell".equals(l.get("type"))).findFirst().orElseThrow();
        assertEquals("rogue", cell.get("verdict"));
        List<Map<String, Object>> findings = lines.stream().filter(l -> "finding".equals(l.get("type"))).toList();
        assertTrue(findings.stream().anyMatch(f -> "GSM-NULL-CIPHER".equals(f.get("signature"))
                && "high".equals(f.get("severity"))));
        for (Map<String, Object> finding : findings) {
            assertTrue(!((List<?>) finding.get("evidence")).isEmpty(), finding.toString());
        }
    }

    @Test
    void usageErrorsExitTwoAndHelpExitsZero() {
        assertEquals(2, run("analyze").status());
        assertEquals(2, run("analyze", "--port", "99999", SAMPLE).status());
        assertEquals(2, run("analyze", "--no-such-option", SAMPLE).status());
        assertEquals(2, run("frobnicate").status());
        Run help = run("analyze", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("Usage: roguewatch analyze"));
        assertEquals(0, run("--help").status());
    }
}
