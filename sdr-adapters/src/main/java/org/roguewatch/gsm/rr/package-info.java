/**
 * GSM Radio Resource (TS 44.018) messages and information elements, decoded to records.
 */
package org.roguewatch.gsm.rr;
