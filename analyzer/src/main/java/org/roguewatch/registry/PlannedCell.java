package org.roguewatch.registry;

import org.roguewatch.observe.Radio;

/**
 * One cell of the operator's plan.
 *
 * @param areaCode     LAC (GSM) or TAC (LTE)
 * @param cellId       CI (GSM, 16 bits) or ECI (LTE, 28 bits: eNB id × 256 + cell)
 * @param channel      ARFCN (GSM) or EARFCN (LTE)
 * @param physicalId   BSIC 0..63 (GSM, NCC × 8 + BCC) or PCI 0..503 (LTE); null when the plan leaves it blank
 * @param azimuthDeg   antenna azimuth, degrees clockwise from true north; null when blank
 * @param beamwidthDeg horizontal half-power beamwidth in degrees; null when blank
 * @param eirpDbm      EIRP in dBm; null when blank
 * @param heightM      antenna height above ground in metres; null when blank
 * @param source       where the row came from, "file:line"
 */
public record PlannedCell(Radio radio, String mcc, String mnc, int areaCode, long cellId,
        int channel, Integer physicalId, double latitude, double longitude, Double azimuthDeg, Double beamwidthDeg,
        Double eirpDbm, Double heightM, String source) {

    /** The global cell identity in readable form, "mcc-mnc-lac-ci" (LTE: "mcc-mnc-tac-eci"). */
    public String cgi() {
        return mcc + "-" + mnc + "-" + areaCode + "-" + cellId;
    }

    public String plmn() {
        return mcc + "-" + mnc;
    }
}
