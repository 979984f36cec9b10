/**
 * What the analyzer compares observations with: the operator's cell plan (a CSV file loaded into
 * fast indexes) and the analyzer's settings (a strict {@code key = value} file checked against a
 * schema of typed, documented settings).
 */
package org.roguewatch.registry;
