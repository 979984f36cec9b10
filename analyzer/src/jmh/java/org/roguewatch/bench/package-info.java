/** JMH benchmarks of detection, run on demand with the {@code bench} Maven profile. */
package org.roguewatch.bench;
