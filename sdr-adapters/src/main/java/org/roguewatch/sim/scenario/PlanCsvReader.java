package org.roguewatch.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an operator cell plan in the format of {@code config/cell-plan.csv} (documented there)
 * for a scenario's legitimate network: '#' comments, a header naming the columns in any order,
 * the same columns and ranges. The analyzer has its own loader; the simulator cannot depend on it.
 */
final class PlanCsvReader {
    private static final List<String> REQUIRED = List.of("radio", "mcc", "mnc", "lac_tac", "ci_eci", "arfcn_earfcn",
            "lat", "lon");
    private static final List<String> OPTIONAL = List.of("bsic_pci", "azimuth_deg", "beamwidth_deg", "eirp_dbm",
            "height_m");

    private PlanCsvReader() {
    }

    static List<PlanRow> read(String file, List<String> lines, Problems problems) {
        Map<String, Integer> columns = null;
        List<PlanRow> rows = new ArrayList<>();
        Map<String, Integer> identities = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields;
            try {
                fields = split(line);
            } catch (BadValue e) {
                problems.add(file, number, null, e.getMessage());
                continue;
            }
            if (columns == null) {
                columns = header(file, number, fields, problems);
                if (columns == null) {
                    return rows;
                }
                continue;
            }
            if (fields.size() != columns.size()) {
                problems.add(file, number, null, fields.size() + " fields, the header has " + columns.size());
                continue;
            }
            PlanRow row = row(file, number, fields, columns, problems);
            if (row == null) {
                continue;
            }
            String identity = row.radio() == Radio.GSM
                    ? "GSM " + row.mcc() + "-" + row.mnc() + "-" + row.lacTac() + "-" + row.ciEci()
                    : "LTE " + row.mcc() + "-" + row.mnc() + " ECI " + row.ciEci();
            Integer first = identities.putIfAbsent(identity, number);
            if (first != null) {
                problems.add(file, number, "ci_eci", "cell " + identity + " is also on line " + first);
                continue;
            }
            rows.add(row);
        }
        if (columns == null) {
            problems.add(file, 0, null, "no header line");
        }
        return rows;
    }

    private static Map<String, Integer> header(String file, int line, List<String> fields, Problems problems) {
        Map<String, Integer> columns = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(file, line, name, "unknown column");
                ok = false;
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(file, line, name, "column given twice");
                ok = false;
            }
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                problems.add(file, line, name, "required column missing from the header");
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private static PlanRow row(String file, int line, List<String> fields, Map<String, Integer> columns,
                               Problems problems) {
        String current = "radio";
        try {
            Radio radio = switch (field(fields, columns, "radio").toUpperCase(Locale.ROOT)) {
                case "GSM" -> Radio.GSM;
                case "LTE" -> Radio.LTE;
                default -> throw new BadValue("'" + field(fields, columns, "radio") + "' is not GSM or LTE");
            };
            current = "mcc";
            String mcc = Values.mcc(field(fields, columns, "mcc"));
            current = "mnc";
            String mnc = Values.mnc(field(fields, columns, "mnc"));
            current = "lac_tac";
            long area = Values.integer(field(fields, columns, "lac_tac"));
            if (area < 1 || area > 65535 || area == 65534) {
                throw new BadValue(area + " is outside 1..65535 or the reserved 65534");
            }
            current = "ci_eci";
            long ci = Values.integer(field(fields, columns, "ci_eci"));
            long ciMax = radio == Radio.GSM ? 65535 : (1L << 28) - 1;
            if (ci < 0 || ci > ciMax) {
                throw new BadValue(ci + " is outside 0.." + ciMax);
            }
            current = "arfcn_earfcn";
            long channel = Values.integer(field(fields, columns, "arfcn_earfcn"));
            if (radio == Radio.GSM && (channel > Integer.MAX_VALUE || !GsmBands.supported((int) channel))) {
                throw new BadValue("ARFCN " + channel + " is not in GSM 900 or DCS 1800");
            }
            if (radio == Radio.LTE) {
                LteBands.check(channel, field(fields, columns, "arfcn_earfcn"));
            }
            current = "bsic_pci";
            String bsicText = optional(fields, columns, "bsic_pci");
            Integer bsicPci = null;
            if (bsicText != null) {
                if (radio == Radio.GSM) {
                    bsicPci = Values.bsic(bsicText);
                } else {
                    bsicPci = (int) Values.range(Values.integer(bsicText), 0, 503, bsicText);
                }
            }
            current = "lat";
            double lat = Values.range(Values.decimal(field(fields, columns, "lat")), -90, 90, field(fields, columns, "lat"));
            current = "lon";
            double lon = Values.range(Values.decimal(field(fields, columns, "lon")), -180, 180,
                    field(fields, columns, "lon"));
            current = "azimuth_deg";
            Double azimuth = optionalDecimal(fields, columns, "azimuth_deg", 0, 360);
            current = "beamwidth_deg";
            Double beamwidth = optionalDecimal(fields, columns, "beamwidth_deg", 0, 360);
            if (beamwidth != null && beamwidth == 0) {
                throw new BadValue("a beamwidth of 0 degrees");
            }
            current = "eirp_dbm";
            Double eirp = optionalDecimal(fields, columns, "eirp_dbm", -50, 100);
            if (eirp != null && eirp < 0) {
                throw new BadValue("negative power " + eirp + " dBm");
            }
            current = "height_m";
            Double height = optionalDecimal(fields, columns, "height_m", 0, 1000);
            return new PlanRow(line, radio, mcc, mnc, (int) area, ci, (int) channel, bsicPci, new GeoPoint(lat, lon),
                    azimuth, beamwidth, eirp, height);
        } catch (BadValue e) {
            problems.add(file, line, current, e.getMessage());
            return null;
        }
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String name) throws BadValue {
        String value = fields.get(columns.get(name));
        if (value.isEmpty()) {
            throw new BadValue("empty");
        }
        return value;
    }

    private static String optional(List<String> fields, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || fields.get(index).isEmpty()) {
            return null;
        }
        return fields.get(index);
    }

    private static Double optionalDecimal(List<String> fields, Map<String, Integer> columns, String name, double min,
                                          double max) throws BadValue {
        String text = optional(fields, columns, name);
        return text == null ? null : Values.range(Values.decimal(text), min, max, text);
    }

    /** Comma-separated fields, blanks around them dropped; "..." quotes a field ("" is one quote). */
    static List<String> split(String line) throws BadValue {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (!wasQuoted || !Character.isWhitespace(c)) {
                field.append(c);
            }
        }
        if (quoted) {
            throw new BadValue("a quoted field is not closed");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        return fields;
    }
}
