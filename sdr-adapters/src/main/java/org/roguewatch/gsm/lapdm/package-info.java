/**
 * LAPDm, the GSM data link layer on dedicated channels (TS 44.006): frame decoding and the
 * reassembly of segmented layer-3 messages (such as SMS) from I-frames.
 */
package org.roguewatch.gsm.lapdm;
