/**
 * Where alerts go: a JSON lines file, webhooks (signed, from a persistent outbox), OASIS CAP 1.2 files,
 * syslog (RFC 5424 over UDP or TCP) and map exports. Each sink stands alone; one failing never stops another.
 */
package org.roguewatch.alert.sink;
