package org.roguewatch.gsm.sms;

import java.util.Objects;

/** A User Data Header element this decoder does not interpret, kept as sent. */
public record RawInformationElement(int iei, OctetString data) implements InformationElement {
    public RawInformationElement {
        Objects.requireNonNull(data, "data");
    }
}
