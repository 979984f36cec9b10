package org.roguewatch.observe;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A typed key for one parameter of a cell observation. The JSON name follows tshark's field
 * name where one exists, and {@code tsharkField} names the Wireshark filter field so a user can
 * cross-check the value in Wireshark.
 *
 * @param <T> the value type
 */
public final class CellField<T> {
    private final String name;
    private final Class<T> type;
    private final String tsharkField;
    private final String description;
    private final int index;

    private static final AtomicInteger NEXT_INDEX = new AtomicInteger();

    CellField(String name, Class<T> type, String tsharkField, String description) {
        this.index = NEXT_INDEX.getAndIncrement();
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.tsharkField = tsharkField;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** Wireshark display-filter field carrying the same value, or null. */
    public String tsharkField() {
        return tsharkField;
    }

    public String description() {
        return description;
    }

    /** A dense number for this field, so observations can keep their fields in an array. */
    int index() {
        return index;
    }

    /** How many fields exist (the size such an array needs). */
    static int count() {
        return NEXT_INDEX.get();
    }

    public T cast(Object value) {
        return type.cast(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
