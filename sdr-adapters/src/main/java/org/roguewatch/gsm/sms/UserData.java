package org.roguewatch.gsm.sms;

import java.util.Objects;
import java.util.Optional;

/**
 * TP-UD after decoding (TS 23.040 9.2.3.24).
 *
 * @param header the User Data Header, present when TP-UDHI is set
 * @param text   the message text for GSM 7-bit and UCS-2 data, empty for 8-bit or compressed data
 * @param binary the octets after the header for 8-bit or compressed data, empty for text
 */
public record UserData(Optional<UserDataHeader> header, String text, OctetString binary) {
    public UserData {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(binary, "binary");
    }

    /** The concatenation element of the header, if any. */
    public Optional<Concatenation> concatenation() {
        return header.flatMap(UserDataHeader::concatenation);
    }
}
