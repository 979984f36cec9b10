/**
 * Alerts: the lifecycle that opens one alert per rogue emitter identity, updates it as evidence and locations
 * arrive and resolves it after a quiet time, and the pipeline that stores each change and hands it to the sinks.
 */
package org.roguewatch.alert;
