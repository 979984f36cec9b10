package org.roguewatch.broadcast;

import org.roguewatch.locate.LocateResult;
import org.roguewatch.locate.report.EmitterLocation;

/**
 * The localization of one unlicensed carrier.
 *
 * @param assessment the carrier
 * @param result     its estimate, or why there is none
 * @param geo        the estimate in geographic terms (GeoJSON, KML, the JSON line), or null when not located
 */
public record FmLocation(FmAssessment assessment, LocateResult result, EmitterLocation geo) {
}
