/**
 * A certificate authority for a test deployment of the probe fleet: the operator CA, the analyzer's
 * server certificate, probe client certificates and a revocation list, written as PEM files.
 */
package org.roguewatch.certs;
