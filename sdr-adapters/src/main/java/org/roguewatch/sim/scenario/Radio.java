package org.roguewatch.sim.scenario;

/** The radio technology of a simulated emitter. */
public enum Radio {
    GSM, LTE, FM
}
