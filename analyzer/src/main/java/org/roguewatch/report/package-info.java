/**
 * Reports of an analysis: the human table and the JSON-lines machine output whose schema is
 * documented in the README and in ARCHITECTURE.md.
 */
package org.roguewatch.report;
