/**
 * The analyzer's HTTP side on Netty: the JSON API over the store (alerts, cells, findings with evidence, probes,
 * locations as GeoJSON), health and Prometheus metrics, live alerts as server-sent events, and the offline map page.
 */
package org.roguewatch.api;
