/**
 * A small strict JSON (RFC 8259) parser and writer for SigMF metadata: values keep their order and
 * numbers keep their text, so a file read and written back differs only in whitespace.
 */
package org.roguewatch.spectrum.json;
