/** Detectors of the identity-and-plan signatures (GSM and LTE alike): the cell measured against the operator's plan. */
package org.roguewatch.detect.identity;
