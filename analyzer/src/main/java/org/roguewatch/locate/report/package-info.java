/**
 * What localization tells its users, in geographic terms: each located emitter (point, uncertainty
 * ellipses, Cramér–Rao reference, track when it moves) and the probes, ready for the map formats.
 */
package org.roguewatch.locate.report;
