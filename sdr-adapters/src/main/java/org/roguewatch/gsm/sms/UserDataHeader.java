package org.roguewatch.gsm.sms;

import java.util.List;
import java.util.Optional;

/**
 * The User Data Header (TS 23.040 9.2.3.24): the information elements in the order sent.
 *
 * @param length   UDHL, the octets of elements that follow the length octet
 * @param elements the elements; unknown ones are {@link RawInformationElement}
 */
public record UserDataHeader(int length, List<InformationElement> elements) {
    public UserDataHeader {
        elements = List.copyOf(elements);
    }

    /** The concatenation element (8- or 16-bit reference), if this is part of a longer message. */
    public Optional<Concatenation> concatenation() {
        return first(Concatenation.class);
    }

    /** The application port addressing element, if any. */
    public Optional<ApplicationPorts> ports() {
        return first(ApplicationPorts.class);
    }

    /** Octets the header occupies in TP-UD, including the UDHL octet. */
    public int octets() {
        return length + 1;
    }

    private <T extends InformationElement> Optional<T> first(Class<T> type) {
        return elements.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
