package org.roguewatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmLicenceLoaderTest {
    private static final String HEADER = "frequency_hz,station,lat,lon,erp_dbm,height_m,pi_code,tolerance_hz\n";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("licences.csv");
        Files.writeString(file, text);
        return file;
    }

    private PlanException refused(String text) throws IOException {
        Path file = write(text);
        return assertThrows(PlanException.class, () -> FmLicenceLoader.load(file, false));
    }

    @Test
    void shippedRegisterLoadsWithEveryColumn() throws PlanException {
        FmLicences licences = FmLicenceLoader.load(Path.of("../config/fm-licences.csv"), false);
        assertEquals(3, licences.size());
        FmLicence wdr2 = licences.licences().get(0);
        assertEquals(99_200_000, wdr2.frequencyHz());
        assertEquals("WDR 2", wdr2.station());
        assertEquals(0xD392, wdr2.piCode());
        assertEquals(170, wdr2.heightM());
        assertEquals(79.15, wdr2.eirpDbm(), 1e-9);
        assertEquals(wdr2, licences.nearest(99_230_000));
    }

    @Test
    void optionalColumnsMayBeLeftOutAndTakeTheirDefaults() throws IOException, PlanException {
        FmLicences licences = FmLicenceLoader.load(write("# register\nstation,frequency_hz,lat,lon,erp_dbm\n"
                + "\"Radio, Town\",101700000,51.2,6.7,50\n"), false);
        FmLicence licence = licences.licences().get(0);
        assertEquals("Radio, Town", licence.station());
        assertEquals(FmLicenceLoader.DEFAULT_TOLERANCE_HZ, licence.toleranceHz());
        assertEquals(FmLicenceLoader.DEFAULT_HEIGHT_M, licence.heightM());
        assertNull(licence.piCode());
    }

    @Test
    void frequencyOutsideTheBandNamesFileLineAndField() throws IOException {
        PlanException e = refused(HEADER + "99200000,A,51.2,6.7,60,100,D392,2000\n"
                + "# comment lines count\n121500000,B,51.2,6.7,60,100,D393,2000\n");
        assertEquals(4, e.line());
        assertEquals("frequency_hz", e.field().orElseThrow());
        assertEquals(dir.resolve("licences.csv") + ":4: field 'frequency_hz': '121500000' is out of range for an FM"
                + " broadcast frequency in Hz (87500000..108000000)", e.getMessage());
    }

    @Test
    void badPiCodeLatitudeAndWidthAreEachRefusedWithTheirField() throws IOException {
        assertEquals("pi_code", refused(HEADER + "99200000,A,51.2,6.7,60,100,D39,2000\n").field().orElseThrow());
        assertEquals("lat", refused(HEADER + "99200000,A,91.2,6.7,60,100,D392,2000\n").field().orElseThrow());
        assertEquals("erp_dbm", refused(HEADER + "99200000,A,51.2,6.7,lots,100,D392,2000\n").field().orElseThrow());
        PlanException width = refused(HEADER + "99200000,A,51.2,6.7,60\n");
        assertEquals(2, width.line());
        assertEquals("has 5 fields, the header has 8", width.getMessage().substring(width.getMessage().indexOf("has")));
    }

    @Test
    void headerProblemsAreRefused() throws IOException {
        assertEquals("erp_dbm", refused("frequency_hz,station,lat,lon\n").field().orElseThrow());
        assertEquals("colour", refused("frequency_hz,station,lat,lon,erp_dbm,colour\n").field().orElseThrow());
        assertEquals(0, refused("# only comments\n").line());
    }

    @Test
    void sameFrequencyFromTheSameSiteTwiceIsRefusedButReuseElsewhereIsFine() throws IOException, PlanException {
        String reuse = HEADER + "99200000,A,51.2,6.7,60,100,D392,2000\n99200000,B,50.2,7.7,60,100,D392,2000\n";
        assertEquals(2, FmLicenceLoader.load(write(reuse), false).size());
        PlanException twice = refused(HEADER + "99200000,A,51.2,6.7,60,100,D392,2000\n"
                + "99200000,A2,51.2,6.7,50,100,D392,2000\n");
        assertEquals(3, twice.line());
    }

    @Test
    void lenientSkipsBadRowsCountsThemAndKeepsTheRest() throws IOException, PlanException {
        FmLicences licences = FmLicenceLoader.load(write(HEADER + "99200000,A,51.2,6.7,60,100,D392,2000\n"
                + "99300000,B,51.2,six,60,100,D392,2000\n99400000,C,51.2,6.7,60,100,,\n"), true);
        assertEquals(2, licences.size());
        assertEquals(1, licences.skippedRows());
        assertEquals(dir.resolve("licences.csv") + ":3: field 'lon': 'six' is not a number",
                licences.problems().get(0));
    }
}
