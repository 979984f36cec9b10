/** Detectors of the GSM broadcast signatures: System Information shaped to attract or hold phones (TS 44.018). */
package org.roguewatch.detect.broadcast;
