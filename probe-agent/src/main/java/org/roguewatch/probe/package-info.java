/**
 * The probe's ingest path: GSMTAP datagrams from capture files or the live UDP listener are
 * decoded, counted and folded into cell observations.
 */
package org.roguewatch.probe;
