/**
 * LTE signalling carried in GSMTAP (LTE_RRC and LTE_NAS types): the dispatch by GSMTAP sub-type to
 * the RRC (TS 36.331) and NAS (TS 24.301) decoders.
 */
package org.roguewatch.lte;
