/**
 * Cell observations: what one probe has learned about one cell from the messages it decoded, every
 * value kept with the frames that carried it.
 */
package org.roguewatch.observe;
