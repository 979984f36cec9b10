package org.roguewatch.registry;

import org.roguewatch.observe.Radio;

/**
 * Turns one data row of a plan into a {@link PlannedCell}, checking every field against the range
 * the standards allow for its radio. Values that repeat from row to row (MCC and MNC strings, the
 * physical id and the optional antenna figures) are shared between rows rather than boxed anew, so
 * a million-row plan holds a handful of each.
 */
final class PlanRowParser {
    private static final int MAX_CI = 0xFFFF; // TS 24.008 10.5.1.1: 2 octets
    private static final long MAX_ECI = (1L << 28) - 1; // TS 36.331 CellIdentity: 28 bits
    private static final int MAX_ARFCN = 1023; // TS 45.005 clause 2: 10 bits
    private static final int MAX_EARFCN = 262_143; // TS 36.101 5.7.3: up to ARFCN-ValueEUTRA-v9e0
    private static final int MAX_PCI = 503; // TS 36.211 6.11: 504 physical-layer cell identities
    private static final int RESERVED_AREA_ZERO = 0x0000;
    private static final int RESERVED_AREA_DELETED = 0xFFFE;

    private final PlanHeader header;
    private final String sourcePrefix;
    private final String[] mccs = new String[1000];
    private final String[] twoDigitMncs = new String[100];
    private final String[] threeDigitMncs = new String[1000];
    private final Integer[] physicalIds = new Integer[MAX_PCI + 1];
    /** Boxed antenna figures by value in tenths from -50.0, for the values a plan repeats. */
    private final Double[] tenths = new Double[(1000 + 50) * 10 + 1];

    PlanRowParser(PlanHeader header, String file) {
        this.header = header;
        this.sourcePrefix = file + ":";
    }

    PlannedCell parse(CsvLine line, int lineNumber) throws RowProblem {
        if (line.size() != header.width()) {
            throw new RowProblem(null, "expected " + header.width() + " fields as in the header, found " + line.size());
        }
        Radio radio = radio(line, header.index(PlanColumn.RADIO));
        boolean gsm = radio == Radio.GSM;
        String mcc = mcc(line, header.index(PlanColumn.MCC));
        String mnc = mnc(line, header.index(PlanColumn.MNC));
        int area = area(line, header.index(PlanColumn.LAC_TAC), gsm);
        long cell = FieldParser.whole(line, header.index(PlanColumn.CI_ECI), PlanColumn.CI_ECI.header(), 0,
                gsm ? MAX_CI : MAX_ECI, gsm ? "a GSM CI" : "an LTE ECI");
        int channel = (int) FieldParser.whole(line, header.index(PlanColumn.ARFCN_EARFCN),
                PlanColumn.ARFCN_EARFCN.header(), 0, gsm ? MAX_ARFCN : MAX_EARFCN, gsm ? "an ARFCN" : "an EARFCN");
        Integer physical = shared(physicalId(line, header.index(PlanColumn.BSIC_PCI), gsm));
        double lat = FieldParser.decimal(line, header.index(PlanColumn.LAT), PlanColumn.LAT.header(), -90, 90,
                "a latitude");
        double lon = FieldParser.decimal(line, header.index(PlanColumn.LON), PlanColumn.LON.header(), -180, 180,
                "a longitude");
        Double azimuth = optional(line, PlanColumn.AZIMUTH_DEG, 0, 360, "an azimuth in degrees");
        Double beamwidth = optional(line, PlanColumn.BEAMWIDTH_DEG, 0, 360, "a beamwidth in degrees");
        if (beamwidth != null && beamwidth == 0) {
            throw new RowProblem(PlanColumn.BEAMWIDTH_DEG.header(),
                    "'0' is not a beamwidth (above 0, up to 360; leave it blank when unknown)");
        }
        Double eirp = optional(line, PlanColumn.EIRP_DBM, -50, 100, "an EIRP in dBm");
        Double height = optional(line, PlanColumn.HEIGHT_M, 0, 1000, "an antenna height in metres");
        return new PlannedCell(radio, mcc, mnc, area, cell, channel, physical, lat, lon, azimuth, beamwidth, eirp,
                height, sourcePrefix + lineNumber);
    }

    private static Radio radio(CsvLine line, int i) throws RowProblem {
        FieldParser.requireValue(line, i, PlanColumn.RADIO.header());
        String text = line.source(i);
        int length = line.end(i) - line.start(i);
        if (length == 3 && text.regionMatches(true, line.start(i), "GSM", 0, 3)) {
            return Radio.GSM;
        }
        if (length == 3 && text.regionMatches(true, line.start(i), "LTE", 0, 3)) {
            return Radio.LTE;
        }
        throw new RowProblem(PlanColumn.RADIO.header(), FieldParser.quoted(line, i) + " is not a radio (GSM or LTE)");
    }

    private String mcc(CsvLine line, int i) throws RowProblem {
        int code = FieldParser.digits(line, i, PlanColumn.MCC.header(), 3, 3, "an MCC (3 digits)");
        String mcc = mccs[code];
        if (mcc == null) {
            mcc = line.text(i);
            mccs[code] = mcc;
        }
        return mcc;
    }

    private String mnc(CsvLine line, int i) throws RowProblem {
        int code = FieldParser.digits(line, i, PlanColumn.MNC.header(), 2, 3, "an MNC (2 or 3 digits)");
        String[] cache = line.end(i) - line.start(i) == 2 ? twoDigitMncs : threeDigitMncs;
        String mnc = cache[code];
        if (mnc == null) {
            mnc = line.text(i);
            cache[code] = mnc;
        }
        return mnc;
    }

    /**
     * LAC (TS 23.003 4.1, TS 24.008 10.5.1.3) and TAC (TS 23.003 19.4.2.3) are both 2 octets with
     * 0x0000 and 0xFFFE reserved to mark a deleted or absent area in the phone; no real cell sends them.
     */
    private static int area(CsvLine line, int i, boolean gsm) throws RowProblem {
        String field = PlanColumn.LAC_TAC.header();
        int area = (int) FieldParser.whole(line, i, field, 0, 0xFFFF, gsm ? "a LAC" : "a TAC");
        if (area == RESERVED_AREA_ZERO || area == RESERVED_AREA_DELETED) {
            throw new RowProblem(field, FieldParser.quoted(line, i) + " is a reserved " + (gsm ? "LAC" : "TAC")
                    + " (0 and 65534 mark a deleted area, TS 23.003 " + (gsm ? "4.1" : "19.4.2.3") + ")");
        }
        return area;
    }

    private Integer shared(int physicalId) {
        if (physicalId < 0) {
            return null;
        }
        Integer boxed = physicalIds[physicalId];
        if (boxed == null) {
            boxed = physicalId;
            physicalIds[physicalId] = boxed;
        }
        return boxed;
    }

    /** BSIC or PCI, or -1 when the column is absent or the field blank. */
    private static int physicalId(CsvLine line, int i, boolean gsm) throws RowProblem {
        if (i < 0 || line.isEmpty(i)) {
            return -1;
        }
        String field = PlanColumn.BSIC_PCI.header();
        if (!gsm) {
            return (int) FieldParser.whole(line, i, field, 0, MAX_PCI, "an LTE PCI");
        }
        if (line.end(i) - line.start(i) == 3 && line.source(i).charAt(line.start(i) + 1) == '-') {
            return nccBcc(line, i, field);
        }
        return (int) FieldParser.whole(line, i, field, 0, 63, "a BSIC (0..63, or NCC-BCC such as 5-2)");
    }

    /** "NCC-BCC" as drive-test tools print it; BSIC = NCC × 8 + BCC (TS 23.003 4.3.2, NCC first). */
    private static int nccBcc(CsvLine line, int i, String field) throws RowProblem {
        int ncc = line.source(i).charAt(line.start(i)) - '0';
        int bcc = line.source(i).charAt(line.start(i) + 2) - '0';
        if (ncc < 0 || ncc > 7 || bcc < 0 || bcc > 7) {
            throw new RowProblem(field, FieldParser.quoted(line, i) + " is not a BSIC (NCC-BCC needs each 0..7)");
        }
        return ncc * 8 + bcc;
    }

    private Double optional(CsvLine line, PlanColumn column, double min, double max, String what)
            throws RowProblem {
        Double value = FieldParser.optionalDecimal(line, header.index(column), column.header(), min, max, what);
        if (value == null) {
            return null;
        }
        double scaled = (value + 50) * 10;
        if (scaled != Math.rint(scaled) || scaled < 0 || scaled >= tenths.length) {
            return value;
        }
        Double shared = tenths[(int) scaled];
        if (shared == null || shared.doubleValue() != value) {
            tenths[(int) scaled] = value;
            return value;
        }
        return shared;
    }
}
