/**
 * ASN.1 unaligned PER (ITU-T X.691), the encoding of LTE RRC (TS 36.331 clause 6): a bit reader and
 * writer with the constrained numbers, lengths, choices, enumerations, optional-field bitmaps,
 * extension additions and open types the RRC messages are built from.
 */
package org.roguewatch.lte.per;
