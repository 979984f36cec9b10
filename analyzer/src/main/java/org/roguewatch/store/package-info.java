/**
 * Durable storage of what the analyzer concluded — cells, findings with evidence, alerts, locations, probe
 * status and the webhook outbox — behind plain JDBC, so an embedded H2 file or PostgreSQL serves the same code.
 */
package org.roguewatch.store;
