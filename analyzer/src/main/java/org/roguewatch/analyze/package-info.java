/** Offline analysis: the whole chain from capture files to cell observations in one process. */
package org.roguewatch.analyze;
