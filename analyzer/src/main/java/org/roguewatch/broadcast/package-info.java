/**
 * The FM stage of the analysis: probes' spectrum files → observations → carriers across the fleet,
 * judged against the licence register by the FM detectors, the path-loss model fitted to the
 * licensed stations, unlicensed carriers located, SigMF annotations written back on request.
 */
package org.roguewatch.broadcast;
