package org.roguewatch.gsm;

/**
 * A decoded GSM layer-3 message (RR, MM or SMS). Each family is a sealed interface in its own
 * package; this interface lets a pipeline carry any of them.
 */
public interface GsmMessage {
    /** The message's name as TS 44.018 / 24.008 / 24.011 and tshark write it. */
    String name();

    /** The most telling fields on one line, like tshark's Info column; empty when the name says it all. */
    default String info() {
        return "";
    }
}
