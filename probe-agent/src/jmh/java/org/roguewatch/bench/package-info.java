/**
 * JMH benchmarks of the ingest path, run on demand with the {@code bench} Maven profile and
 * compared with tshark on the same file in the same run.
 */
package org.roguewatch.bench;
