package org.roguewatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roguewatch.observe.Radio;

/** Loading good plans and querying them. */
class CellPlanTest {
    @TempDir
    Path dir;

    @Test
    void examplePlanLoadsCleanlyWithEveryRow() throws PlanException {
        CellPlan plan = CellPlan.load(PlanFiles.EXAMPLE_PLAN, false);
        assertEquals(15, plan.size());
        assertEquals(0, plan.skippedRows());
        assertEquals(List.of(), plan.problems());
        assertEquals(Set.of("262-02"), plan.plmns());
        assertEquals(6, plan.cells().stream().filter(c -> c.radio() == Radio.GSM).count());
    }

    @Test
    void examplePlanHoldsTheCellOfTheSharedGsmCapture() throws PlanException {
        CellPlan plan = CellPlan.load(PlanFiles.EXAMPLE_PLAN, false);
        PlannedCell cell = plan.find(Radio.GSM, "262", "02", 318, 11225).orElseThrow();
        assertEquals(725, cell.channel());
        assertNull(cell.physicalId(), "its BSIC is left blank");
        assertEquals("262-02-318-11225", cell.cgi());
        assertTrue(cell.source().endsWith("cell-plan.csv:47"), cell.source());
    }

    @Test
    void everyFieldOfARowIsRead() throws PlanException {
        Path file = PlanFiles.plan(dir, "LTE,262,02,45101,40985857,6300,123,51.2274,6.7735,60,65,61.5,32");
        PlannedCell cell = CellPlan.load(file, false).cells().get(0);
        assertEquals(new PlannedCell(Radio.LTE, "262", "02", 45101, 40985857L, 6300, 123, 51.2274, 6.7735, 60.0,
                65.0, 61.5, 32.0, file + ":2"), cell);
        assertEquals("262-02-45101-40985857", cell.cgi());
    }

    @Test
    void columnOrderAndHeaderCaseDoNotChangeTheCells() throws PlanException {
        CellPlan reordered = CellPlan.load(PlanFiles.resource("reordered-columns.csv"), false);
        CellPlan example = CellPlan.load(PlanFiles.EXAMPLE_PLAN, false);
        assertEquals(2, reordered.size());
        for (PlannedCell cell : reordered.cells()) {
            PlannedCell same = example.find(cell.radio(), cell.mcc(), cell.mnc(), cell.areaCode(), cell.cellId())
                    .orElseThrow();
            assertEquals(withoutSource(same), withoutSource(cell));
        }
    }

    @Test
    void optionalColumnsMayBeLeftOutOfTheHeader() throws PlanException {
        CellPlan plan = CellPlan.load(PlanFiles.resource("required-columns-only.csv"), false);
        assertEquals(2, plan.size());
        PlannedCell lte = plan.find(Radio.LTE, "001", "001", 7, 105217).orElseThrow();
        assertNull(lte.physicalId());
        assertNull(lte.azimuthDeg());
        assertNull(lte.beamwidthDeg());
        assertNull(lte.eirpDbm());
        assertNull(lte.heightM());
        assertEquals(Set.of("001-001", "001-01"), plan.plmns());
    }

    @Test
    void bsicIsReadAsDecimalOrAsNccDashBcc() throws PlanException {
        Path file = PlanFiles.plan(dir,
                "GSM,262,02,318,1,725,5-2,51.2,6.7,,,,",
                "GSM,262,02,318,2,725,42,51.2,6.7,,,,",
                "GSM,262,02,318,3,725,52,51.2,6.7,,,,",
                "GSM,262,02,318,4,725,7-7,51.2,6.7,,,,",
                "GSM,262,02,318,5,725,0-0,51.2,6.7,,,,",
                "GSM,262,02,318,6,725,\"3-1\",51.2,6.7,,,,");
        List<Integer> bsics = CellPlan.load(file, false).cells().stream().map(PlannedCell::physicalId).toList();
        assertEquals(List.of(42, 42, 52, 63, 0, 25), bsics, "NCC 5 BCC 2 is BSIC 42; decimal 52 stays 52");
    }

    @Test
    void mncLeadingZerosKeepTwoAndThreeDigitNetworksApart() throws PlanException {
        Path file = PlanFiles.plan(dir,
                "GSM,001,01,1,10,725,,51.2,6.7,,,,",
                "GSM,001,001,1,10,725,,51.2,6.7,,,,");
        CellPlan plan = CellPlan.load(file, false);
        assertEquals(2, plan.size(), "001-01 and 001-001 are different networks, so no duplicate");
        assertEquals(file + ":2", plan.find(Radio.GSM, "001", "01", 1, 10).orElseThrow().source());
        assertEquals(file + ":3", plan.find(Radio.GSM, "001", "001", 1, 10).orElseThrow().source());
        assertTrue(plan.find(Radio.GSM, "001", "1", 1, 10).isEmpty(), "a one-digit MNC is no MNC");
    }

    @Test
    void findNeedsRadioPlmnAreaAndCellToAllMatch() throws PlanException {
        CellPlan plan = CellPlan.load(PlanFiles.EXAMPLE_PLAN, false);
        assertTrue(plan.find(Radio.GSM, "262", "02", 318, 11226).isPresent());
        assertTrue(plan.find(Radio.LTE, "262", "02", 318, 11226).isEmpty(), "wrong radio");
        assertTrue(plan.find(Radio.GSM, "262", "01", 318, 11226).isEmpty(), "wrong MNC");
        assertTrue(plan.find(Radio.GSM, "262", "02", 319, 11226).isEmpty(), "wrong LAC");
        assertTrue(plan.find(Radio.GSM, "262", "02", 318 + 65536, 11226).isEmpty(), "LAC beyond 16 bits");
        assertTrue(plan.find(Radio.GSM, "262", "02", 318, 11226 + 65536).isEmpty(), "CI beyond 16 bits");
        assertTrue(plan.find(Radio.LTE, "262", "02", 45101, 40985857).isPresent());
        assertTrue(plan.find(Radio.LTE, "262", "02", 45102, 40985857).isEmpty(), "the ECI is planned in TAC 45101");
        assertTrue(plan.find(Radio.LTE, "262", "02", 45101, -1).isEmpty());
        assertTrue(plan.find(null, null, null, 0, 0).isEmpty(), "nonsense finds nothing rather than throwing");
    }

    @Test
    void cellsAreIndexedByChannelPerRadio() throws PlanException {
        CellPlan plan = CellPlan.load(PlanFiles.EXAMPLE_PLAN, false);
        assertEquals(List.of(11225L), plan.onChannel(Radio.GSM, 725).stream().map(PlannedCell::cellId).toList());
        assertEquals(5, plan.onChannel(Radio.LTE, 6300).size());
        assertEquals(List.of(), plan.onChannel(Radio.GSM, 6300), "EARFCN 6300 is no GSM channel");
        assertEquals(List.of(), plan.onChannel(Radio.LTE, -1));
    }

    @Test
    void cellsAreIndexedByAreaPerPlmnAndRadio() throws PlanException {
        CellPlan plan = CellPlan.load(PlanFiles.EXAMPLE_PLAN, false);
        assertEquals(5, plan.inArea(Radio.GSM, "262", "02", 318).size());
        assertEquals(List.of(20511L), plan.inArea(Radio.GSM, "262", "02", 319).stream().map(PlannedCell::cellId)
                .toList());
        assertTrue(plan.hasArea(Radio.LTE, "262", "02", 45102));
        assertFalse(plan.hasArea(Radio.GSM, "262", "02", 45102), "TAC 45102 is not a LAC of the plan");
        assertFalse(plan.hasArea(Radio.GSM, "262", "03", 318));
        assertFalse(plan.hasArea(Radio.GSM, "262", "02", 318 + 65536));
    }

    @Test
    void queryResultsCannotBeModified() throws PlanException {
        CellPlan plan = CellPlan.load(PlanFiles.EXAMPLE_PLAN, false);
        assertUnmodifiable(plan.cells());
        assertUnmodifiable(plan.onChannel(Radio.LTE, 6300));
        assertUnmodifiable(plan.inArea(Radio.GSM, "262", "02", 318));
    }

    @Test
    void commentsBlankLinesByteOrderMarkAndCrLfAreAccepted() throws PlanException {
        Path file = PlanFiles.write(dir, "bom.csv",
                "\uFEFF# exported from a spreadsheet\r",
                "\r",
                "   # indented comment\r",
                PlanFiles.HEADER + "\r",
                "GSM,262,02,318,1,725,,51.2,6.7,,,,\r");
        CellPlan plan = CellPlan.load(file, false);
        assertEquals(1, plan.size());
        assertEquals(file + ":5", plan.cells().get(0).source(), "line numbers count comment and blank lines");
    }

    @Test
    void boundaryValuesOfEveryRangeAreAccepted() throws PlanException {
        Path file = PlanFiles.plan(dir,
                "GSM,999,999,1,0,0,0,-90,-180,0,360,-50,0",
                "GSM,000,00,65535,65535,1023,63,90,180,360,0.5,100,1000",
                "gsm,262,02,65533,7,1,,0,0,,,,",
                "LTE,262,02,1,0,0,0,1.5e1,-6.5,,,,",
                "LTE,262,02,65535,268435455,262143,503,+51.0,6,,,,");
        CellPlan plan = CellPlan.load(file, false);
        assertEquals(5, plan.size());
        assertEquals(15.0, plan.cells().get(3).latitude());
    }

    @Test
    void emptyPlanHasNothing() {
        CellPlan plan = CellPlan.empty();
        assertEquals(0, plan.size());
        assertTrue(plan.find(Radio.GSM, "262", "02", 318, 11225).isEmpty());
        assertEquals(Set.of(), plan.plmns());
        assertEquals(List.of(), plan.onChannel(Radio.GSM, 725));
    }

    private static PlannedCell withoutSource(PlannedCell c) {
        return new PlannedCell(c.radio(), c.mcc(), c.mnc(), c.areaCode(), c.cellId(), c.channel(), c.physicalId(),
                c.latitude(), c.longitude(), c.azimuthDeg(), c.beamwidthDeg(), c.eirpDbm(), c.heightM(), "");
    }

    private static void assertUnmodifiable(List<PlannedCell> list) {
        assertThrows(UnsupportedOperationException.class, list::clear);
    }
}
