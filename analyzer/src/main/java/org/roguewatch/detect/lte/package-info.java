/**
 * Detectors of the LTE signatures (TS 36.331 RRC, TS 24.301 NAS): what an LTE cell broadcasts
 * (SIB scheduling, reselection priorities, paging) and what it does to a UE it holds (identity
 * requests, security mode, rejects, redirection to 2G).
 */
package org.roguewatch.detect.lte;
