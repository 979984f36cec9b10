/** GSM Mobility Management (TS 24.008 clause 9.2) messages, decoded to records. */
package org.roguewatch.gsm.mm;
