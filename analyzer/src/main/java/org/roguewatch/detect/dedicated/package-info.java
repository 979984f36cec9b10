/**
 * Detectors of the GSM dedicated-channel signatures: what a base station does to a phone once it
 * holds it — asks its identity, skips authentication, turns ciphering off, delivers SMS (TS 24.008,
 * 24.011, 23.040).
 */
package org.roguewatch.detect.dedicated;
