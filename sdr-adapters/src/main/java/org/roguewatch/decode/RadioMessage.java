package org.roguewatch.decode;

/**
 * A decoded signalling message of any radio (GSM layer 3, LTE RRC, LTE NAS): what pipelines,
 * counters and per-message views need of every message.
 */
public interface RadioMessage {
    /** The message's name as its spec and tshark write it. */
    String name();

    /** The most telling fields on one line, like tshark's Info column; empty when the name says it all. */
    default String info() {
        return "";
    }
}
