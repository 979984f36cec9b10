package org.roguewatch.gsm.sms;

/**
 * The message waiting indication carried by the DCS coding groups 1100, 1101 and 1110
 * (TS 23.038 clause 4).
 *
 * @param store  whether the MS stores the message (groups 1101, 1110) or may discard it (1100)
 * @param active indication sense: {@code true} sets the indication, {@code false} clears it
 * @param type   what is waiting
 */
public record MessageWaiting(boolean store, boolean active, Type type) {
    public enum Type {
        VOICEMAIL, FAX, EMAIL, OTHER
    }
}
