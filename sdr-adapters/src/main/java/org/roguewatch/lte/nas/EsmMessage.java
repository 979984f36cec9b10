package org.roguewatch.lte.nas;

/**
 * An EPS session management message (protocol discriminator 2, TS 24.301 8.3), known by its type
 * and name only.
 *
 * @param type message type (Table 9.8.2)
 * @param name its name, or "Unknown ESM message 0x.." for a type the table lacks
 */
public record EsmMessage(int type, String name) implements NasMessage {
    /** The message of {@code type}, named from Table 9.8.2. */
    public static EsmMessage of(int type) {
        return new EsmMessage(type, NasMessageNames.esm(type));
    }
}
