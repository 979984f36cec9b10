package org.roguewatch.registry;

/** The columns of a cell-plan CSV file, by their header names; optional ones may be absent or blank. */
enum PlanColumn {
    RADIO("radio", true),
    MCC("mcc", true),
    MNC("mnc", true),
    LAC_TAC("lac_tac", true),
    CI_ECI("ci_eci", true),
    ARFCN_EARFCN("arfcn_earfcn", true),
    BSIC_PCI("bsic_pci", false),
    LAT("lat", true),
    LON("lon", true),
    AZIMUTH_DEG("azimuth_deg", false),
    BEAMWIDTH_DEG("beamwidth_deg", false),
    EIRP_DBM("eirp_dbm", false),
    HEIGHT_M("height_m", false);

    static final PlanColumn[] ALL = values();

    private final String header;
    private final boolean required;

    PlanColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    static PlanColumn byHeader(String name) {
        for (PlanColumn column : ALL) {
            if (column.header.equalsIgnoreCase(name)) {
                return column;
            }
        }
        return null;
    }
}
