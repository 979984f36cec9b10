/**
 * The illegal-broadcast signatures (FM-*) of SIGNATURES.md: one small detector per signature,
 * judging an {@link org.roguewatch.detect.fm.FmCarrier} (one carrier as every probe heard it)
 * against the licence register, the path-loss prediction and the aeronautical band.
 */
package org.roguewatch.detect.fm;
