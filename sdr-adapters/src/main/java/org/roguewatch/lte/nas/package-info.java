/** LTE NAS EPS mobility management (TS 24.301) messages, plain or integrity-protected, decoded to records. */
package org.roguewatch.lte.nas;
