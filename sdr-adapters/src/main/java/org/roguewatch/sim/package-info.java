/**
 * The simulated air: loads a scenario, renders what each probe's radio would receive (GSMTAP
 * frames, rtl_power sweeps) and writes it with the plan, licence and ground-truth files beside it.
 */
package org.roguewatch.sim;
