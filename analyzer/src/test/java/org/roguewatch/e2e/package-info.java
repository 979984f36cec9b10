/**
 * End to end against a real GSM stack no one here wrote: Osmocom's osmo-bsc and osmo-bts-virtual run
 * as a hostile or a benign cell inside a private network namespace, a probe records the BTS's GSMTAP
 * output there, and the analyzer judges what it heard.
 */
package org.roguewatch.e2e;
