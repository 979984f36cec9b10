/** LTE RRC messages (TS 36.331) decoded from unaligned PER to flat records, and their encoders. */
package org.roguewatch.lte.rrc;
