package org.roguewatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roguewatch.observe.Radio;

/** Every way a plan can be wrong gives one line naming file, line and field; lenient loading skips and counts. */
class CellPlanErrorsTest {
    @TempDir
    Path dir;

    private PlanException refused(Path file) {
        return assertThrows(PlanException.class, () -> CellPlan.load(file, false));
    }

    @Test
    void nonNumericLacNamesFileLineAndField() {
        Path file = PlanFiles.plan(dir, "GSM,262,02,318,1,725,,51.2,6.7,,,,", "GSM,262,02,abc,2,725,,51.2,6.7,,,,");
        PlanException e = refused(file);
        assertEquals(file + ":3: field 'lac_tac': 'abc' is not a number", e.getMessage());
        assertEquals(file, e.file());
        assertEquals(3, e.line());
        assertEquals(Optional.of("lac_tac"), e.field());
    }

    /** One bad field in an otherwise good row: the field named and what is wrong with the value. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "UMTS,262,02,318,1,725,,51.2,6.7,,,,         | radio        | 'UMTS' is not a radio (GSM or LTE)",
        ",262,02,318,1,725,,51.2,6.7,,,,             | radio        | is empty",
        "GSM,26,02,318,1,725,,51.2,6.7,,,,           | mcc          | '26' is not an MCC (3 digits)",
        "GSM,2a2,02,318,1,725,,51.2,6.7,,,,          | mcc          | '2a2' is not an MCC (3 digits)",
        "GSM,262,2,318,1,725,,51.2,6.7,,,,           | mnc          | '2' is not an MNC (2 or 3 digits)",
        "GSM,262,0002,318,1,725,,51.2,6.7,,,,        | mnc          | '0002' is not an MNC (2 or 3 digits)",
        "GSM,262,02,0,1,725,,51.2,6.7,,,,            | lac_tac      | '0' is a reserved LAC (0 and 65534 mark a deleted area, TS 23.003 4.1)",
        "GSM,262,02,65534,1,725,,51.2,6.7,,,,        | lac_tac      | '65534' is a reserved LAC",
        "GSM,262,02,65536,1,725,,51.2,6.7,,,,        | lac_tac      | '65536' is out of range for a LAC (0..65535)",
        "GSM,262,02,-5,1,725,,51.2,6.7,,,,           | lac_tac      | '-5' is out of range for a LAC",
        "GSM,262,02,3.5,1,725,,51.2,6.7,,,,          | lac_tac      | '3.5' is not a number",
        "LTE,262,02,0,1,6300,,51.2,6.7,,,,           | lac_tac      | '0' is a reserved TAC (0 and 65534 mark a deleted area, TS 23.003 19.4.2.3)",
        "LTE,262,02,65534,1,6300,,51.2,6.7,,,,       | lac_tac      | '65534' is a reserved TAC",
        "GSM,262,02,318,65536,725,,51.2,6.7,,,,      | ci_eci       | '65536' is out of range for a GSM CI (0..65535)",
        "GSM,262,02,318,,725,,51.2,6.7,,,,           | ci_eci       | is empty",
        "GSM,262,02,318,12345678901234567890,725,,51.2,6.7,,,, | ci_eci | '12345678901234567890' is out of range for a GSM CI",
        "LTE,262,02,7,268435456,6300,,51.2,6.7,,,,   | ci_eci       | '268435456' is out of range for an LTE ECI (0..268435455)",
        "GSM,262,02,318,1,1024,,51.2,6.7,,,,         | arfcn_earfcn | '1024' is out of range for an ARFCN (0..1023)",
        "LTE,262,02,7,1,262144,,51.2,6.7,,,,         | arfcn_earfcn | '262144' is out of range for an EARFCN (0..262143)",
        "GSM,262,02,318,1,725,64,51.2,6.7,,,,        | bsic_pci     | '64' is out of range for a BSIC (0..63, or NCC-BCC such as 5-2)",
        "GSM,262,02,318,1,725,8-1,51.2,6.7,,,,       | bsic_pci     | '8-1' is not a BSIC (NCC-BCC needs each 0..7)",
        "GSM,262,02,318,1,725,5-,51.2,6.7,,,,        | bsic_pci     | '5-' is not a number",
        "GSM,262,02,318,1,725,5-2-1,51.2,6.7,,,,     | bsic_pci     | '5-2-1' is not a number",
        "LTE,262,02,7,1,6300,504,51.2,6.7,,,,        | bsic_pci     | '504' is out of range for an LTE PCI (0..503)",
        "LTE,262,02,7,1,6300,5-2,51.2,6.7,,,,        | bsic_pci     | '5-2' is not a number",
        "GSM,262,02,318,1,725,,90.5,6.7,,,,          | lat          | '90.5' is out of range for a latitude (-90..90)",
        "GSM,262,02,318,1,725,,NaN,6.7,,,,           | lat          | 'NaN' is not a number",
        "GSM,262,02,318,1,725,,1d,6.7,,,,            | lat          | '1d' is not a number",
        "GSM,262,02,318,1,725,,0x10,6.7,,,,          | lat          | '0x10' is not a number",
        "GSM,262,02,318,1,725,,1e,6.7,,,,            | lat          | '1e' is not a number",
        "GSM,262,02,318,1,725,,,6.7,,,,              | lat          | is empty",
        "GSM,262,02,318,1,725,,51.2,-180.01,,,,      | lon          | '-180.01' is out of range for a longitude (-180..180)",
        "GSM,262,02,318,1,725,,51.2,Infinity,,,,     | lon          | 'Infinity' is not a number",
        "GSM,262,02,318,1,725,,51.2,6.7,361,,,       | azimuth_deg  | '361' is out of range for an azimuth in degrees (0..360)",
        "GSM,262,02,318,1,725,,51.2,6.7,,0,,         | beamwidth_deg | '0' is not a beamwidth (above 0, up to 360; leave it blank when unknown)",
        "GSM,262,02,318,1,725,,51.2,6.7,,400,,       | beamwidth_deg | '400' is out of range for a beamwidth in degrees (0..360)",
        "GSM,262,02,318,1,725,,51.2,6.7,,,101,       | eirp_dbm     | '101' is out of range for an EIRP in dBm (-50..100)",
        "GSM,262,02,318,1,725,,51.2,6.7,,,,-1        | height_m     | '-1' is out of range for an antenna height in metres (0..1000)",
        "GSM,262,02,318,1,725,,51.2,6.7,,,,30m       | height_m     | '30m' is not a number",
    })
    void badFieldIsNamedWithItsValue(String row, String field, String message) {
        Path file = PlanFiles.plan(dir, row);
        PlanException e = refused(file);
        assertEquals(2, e.line());
        assertEquals(Optional.of(field), e.field());
        assertTrue(e.getMessage().startsWith(file + ":2: field '" + field + "': " + message), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("operator-plan-2GB.csv");
        PlanException e = refused(file);
        assertEquals(file + ": no such file", e.getMessage());
        assertEquals(0, e.line());
        assertEquals(Optional.empty(), e.field());
    }

    @Test
    void directoryIsRefused() {
        assertEquals(dir + ": is a directory, not a cell plan file", refused(dir).getMessage());
    }

    @Test
    void unreadableFileIsRefused() throws IOException {
        Path file = PlanFiles.plan(dir, "GSM,262,02,318,1,725,,51.2,6.7,,,,");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: every file is readable");
        assertEquals(file + ": is not readable (permission denied)", refused(file).getMessage());
    }

    @Test
    void emptyFileAndCommentOnlyFileHaveNoHeader() {
        Path empty = PlanFiles.write(dir, "empty.csv");
        assertTrue(refused(empty).getMessage().startsWith(empty + ": is empty: no header line (expected radio,mcc,"),
                refused(empty).getMessage());
        Path comments = PlanFiles.write(dir, "comments.csv", "# only", "", "# comments");
        assertTrue(refused(comments).getMessage().startsWith(comments + ": is empty: no header line"));
    }

    @Test
    void missingRequiredColumnIsNamedOnTheHeaderLine() {
        Path file = PlanFiles.write(dir, "plan.csv", "# plan", "radio,mcc,mnc,ci_eci,arfcn_earfcn,lat,lon",
                "GSM,262,02,1,725,51.2,6.7");
        PlanException e = refused(file);
        assertEquals(file + ":2: field 'lac_tac': required column is missing from the header", e.getMessage());
    }

    @Test
    void unknownColumnIsRefusedSoAMisspeltOptionalColumnIsNotSilentlyBlank() {
        Path file = PlanFiles.write(dir, "plan.csv", PlanFiles.HEADER.replace("azimuth_deg", "azimuth"));
        PlanException e = refused(file);
        assertEquals(Optional.of("azimuth"), e.field());
        assertTrue(e.getMessage().startsWith(file + ":1: field 'azimuth': unknown column (expected radio,mcc,mnc,"),
                e.getMessage());
    }

    @Test
    void repeatedColumnIsRefused() {
        Path file = PlanFiles.write(dir, "plan.csv", PlanFiles.HEADER + ",mcc");
        assertEquals(file + ":1: field 'mcc': column appears twice in the header (columns 2 and 14)",
                refused(file).getMessage());
    }

    @Test
    void unnamedHeaderColumnIsRefused() {
        Path file = PlanFiles.write(dir, "plan.csv", PlanFiles.HEADER.replace(",lat,", ",,lat,"));
        assertEquals(file + ":1: header column 8 has no name", refused(file).getMessage());
    }

    @Test
    void wrongFieldCountNamesTheLine() {
        Path file = PlanFiles.plan(dir, "GSM,262,02,318,1,725,,51.2,6.7,,,,", "GSM,262,02,318,2,725,,51.2,6.7,,,");
        PlanException e = refused(file);
        assertEquals(file + ":3: expected 13 fields as in the header, found 12", e.getMessage());
        assertEquals(Optional.empty(), e.field());
    }

    @Test
    void duplicateGsmCellNamesBothLines() {
        Path file = PlanFiles.plan(dir,
                "GSM,262,02,318,11225,725,,51.2,6.7,,,,",
                "GSM,262,02,318,11226,731,,51.2,6.7,,,,",
                "GSM,262,02,318,11225,742,,51.3,6.8,,,,");
        assertEquals(file + ":4: field 'ci_eci': GSM cell 262-02-318-11225 is already planned on line 2",
                refused(file).getMessage());
    }

    @Test
    void sameGsmCiInAnotherLacIsAnotherCell() throws PlanException {
        Path file = PlanFiles.plan(dir, "GSM,262,02,318,1,725,,51.2,6.7,,,,", "GSM,262,02,319,1,725,,51.2,6.7,,,,");
        assertEquals(2, CellPlan.load(file, false).size(), "a GSM CGI includes the LAC (TS 23.003 4.3.1)");
    }

    @Test
    void sameLteEciUnderAnotherTacIsADuplicate() {
        Path file = PlanFiles.plan(dir,
                "LTE,262,02,45101,40985857,6300,123,51.2,6.7,,,,",
                "LTE,262,02,45102,40985857,6300,124,51.2,6.7,,,,");
        assertEquals(file + ":3: field 'ci_eci': LTE cell 262-02-45102-40985857 repeats ECI 40985857 of "
                + "262-02-45101-40985857 on line 2 (an ECI names one cell in its PLMN, TS 23.003 19.6)",
                refused(file).getMessage());
    }

    @Test
    void nonUtf8LineIsNamed() throws IOException {
        Path file = dir.resolve("latin1.csv");
        byte[] bad = "# Stra\u00dfe\nGSM,262,02,318,1,725,,51.2,6.7,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, (PlanFiles.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
        Files.write(file, bad, StandardOpenOption.APPEND);
        assertEquals(file + ":2: line is not UTF-8 text", refused(file).getMessage());
    }

    @Test
    void unclosedQuoteNamesTheLine() {
        Path file = PlanFiles.plan(dir, "GSM,262,\"02,318,1,725,,51.2,6.7,,,,");
        assertEquals(file + ":2: field 3: quote opened at character 9 is never closed", refused(file).getMessage());
    }

    @Test
    void strictLoadStopsAtTheFirstBadRow() {
        Path file = PlanFiles.resource("mixed-bad-rows.csv");
        PlanException e = refused(file);
        assertEquals(4, e.line());
        assertEquals(Optional.of("lac_tac"), e.field());
    }

    @Test
    void lenientLoadSkipsCountsAndDescribesEachBadRow() throws PlanException {
        Path file = PlanFiles.resource("mixed-bad-rows.csv");
        CellPlan plan = CellPlan.load(file, true);
        assertEquals(4, plan.size());
        assertEquals(4, plan.skippedRows());
        assertEquals(List.of(
                file + ":4: field 'lac_tac': 'abc' is not a number",
                file + ":6: field 'ci_eci': GSM cell 262-02-318-1 is already planned on line 3",
                file + ":8: field 'bsic_pci': '504' is out of range for an LTE PCI (0..503)",
                file + ":9: expected 13 fields as in the header, found 6"), plan.problems());
        assertEquals(725, plan.find(Radio.GSM, "262", "02", 318, 1).orElseThrow().channel(),
                "the first of two duplicate rows is kept");
    }

    @Test
    void lenientLoadStillRefusesABrokenHeaderOrAMissingFile() {
        Path file = PlanFiles.write(dir, "plan.csv", "radio,mcc", "GSM,262");
        assertThrows(PlanException.class, () -> CellPlan.load(file, true));
        assertThrows(PlanException.class, () -> CellPlan.load(dir.resolve("absent.csv"), true));
    }

    @Test
    void lenientLoadKeepsTheFirstThousandMessagesButCountsEveryBadRow() throws PlanException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            rows.add("GSM,262,02,318," + i + ",725,,91,6.7,,,,");
        }
        rows.add("GSM,262,02,318,9999,725,,51.2,6.7,,,,");
        CellPlan plan = CellPlan.load(PlanFiles.plan(dir, rows.toArray(String[]::new)), true);
        assertEquals(1, plan.size());
        assertEquals(1500, plan.skippedRows());
        assertEquals(CellPlanLoader.MAX_PROBLEMS_KEPT, plan.problems().size());
        assertTrue(plan.problems().get(999).contains(":1001: field 'lat': '91' is out of range"),
                plan.problems().get(999));
    }

    @Test
    void randomBytesGiveAPlanExceptionNeverAnotherException() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] noise = new byte[random.nextInt(300)];
            random.nextBytes(noise);
            Path file = dir.resolve("noise" + round + ".csv");
            Files.write(file, (PlanFiles.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            Files.write(file, noise, StandardOpenOption.APPEND);
            try {
                CellPlan.load(file, round % 2 == 0);
            } catch (PlanException expected) {
                assertTrue(expected.getMessage().startsWith(file + ":"), expected.getMessage());
            }
        }
    }
}
