package org.roguewatch.lte.rrc;

/**
 * SIB2 ac-BarringInfo (TS 36.331 6.3.1).
 *
 * @param forEmergency ac-BarringForEmergency: emergency calls barred for access class 10
 * @param moSignalling ac-BarringForMO-Signalling, or null when absent (no barring)
 * @param moData       ac-BarringForMO-Data, or null when absent (no barring)
 */
public record AcBarringInfo(boolean forEmergency, AcBarringConfig moSignalling, AcBarringConfig moData) {
}
