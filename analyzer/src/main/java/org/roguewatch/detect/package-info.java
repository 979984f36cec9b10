/**
 * Detection: one small class per signature of {@code ../shared/design/SIGNATURES.md}, each turning a
 * cell's history into findings with evidence; the engine scores them into a verdict.
 */
package org.roguewatch.detect;
