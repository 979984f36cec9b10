/**
 * JMH benchmark of the Welch PSD on a generated SigMF recording, run on demand with the {@code bench}
 * Maven profile; it prints throughput as a multiple of real time.
 */
package org.roguewatch.spectrum.bench;
