package org.roguewatch.lte;

import org.roguewatch.decode.RadioMessage;

/** A decoded LTE RRC or NAS message. */
public interface LteMessage extends RadioMessage {
}
