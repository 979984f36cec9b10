package org.roguewatch.sim.scenario;

/**
 * One cell of an operator cell plan (the CSV format of {@code config/cell-plan.csv}); optional
 * columns are {@code null} when blank or absent.
 */
record PlanRow(int line, Radio radio, String mcc, String mnc, int lacTac, long ciEci, int channel, Integer bsicPci,
               GeoPoint position, Double azimuthDeg, Double beamwidthDeg, Double eirpDbm, Double heightM) {
}
