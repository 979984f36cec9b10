package org.roguewatch.lte.rrc;

/**
 * SIB2 ue-TimersAndConstants (TS 36.331 6.3.6 UE-TimersAndConstants; their use in 7.3).
 *
 * @param t300Ms RRC connection request supervision, ms
 * @param t301Ms RRC connection re-establishment request supervision, ms
 * @param t310Ms radio link failure detection after n310 out-of-sync indications, ms
 * @param n310   consecutive out-of-sync indications that start T310
 * @param t311Ms cell selection during re-establishment, ms
 * @param n311   consecutive in-sync indications that stop T310
 */
public record UeTimersAndConstants(int t300Ms, int t301Ms, int t310Ms, int n310, int t311Ms, int n311) {
}
