/**
 * End to end against a real GSM stack no one here wrote: Osmocom's osmo-bsc and osmo-bts-virtual run
 * as a hostile or a benign cell inside a private network namespace, {@code roguewatch probe} hears the
 * BTS's GSMTAP output there and ships to {@code roguewatch serve}, whose report judges the cell.
 */
package org.roguewatch.e2e;
