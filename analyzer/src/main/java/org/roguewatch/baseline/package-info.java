/**
 * The learned baseline: what each operator's cells normally broadcast (message types, parameter
 * values, neighbour counts, ciphering), learned from benign observations and kept in a text file,
 * so detectors can tell an operator's own configuration from an imitation of it.
 */
package org.roguewatch.baseline;
