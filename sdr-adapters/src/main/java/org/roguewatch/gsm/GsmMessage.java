package org.roguewatch.gsm;

import org.roguewatch.decode.RadioMessage;

/**
 * A decoded GSM layer-3 message (RR, MM or SMS). Each family is a sealed interface in its own
 * package; this interface lets a pipeline carry any of them.
 */
public interface GsmMessage extends RadioMessage {
}
