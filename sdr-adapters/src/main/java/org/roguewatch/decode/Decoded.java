package org.roguewatch.decode;

import java.util.Objects;

/**
 * The result of decoding untrusted bytes: the value, or why and where the bytes were not
 * understood. Decoders return this instead of throwing, so one bad frame never stops a stream.
 */
public sealed interface Decoded<T> permits Decoded.Ok, Decoded.Malformed {

    static <T> Decoded<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Decoded<T> malformed(String reason, int offset, String detail) {
        return new Malformed<>(reason, offset, detail);
    }

    static <T> Decoded<T> malformed(DecodeException e) {
        return new Malformed<>(e.reason(), e.offset(), e.getMessage());
    }

    /** @return the value, or {@code null} when malformed */
    T valueOrNull();

    record Ok<T>(T value) implements Decoded<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public T valueOrNull() {
            return value;
        }
    }

    /**
     * @param reason stable, dotted key used for counting (e.g. {@code gsmtap.version})
     * @param offset byte offset in the decoded unit where the problem was seen
     * @param detail human explanation with the offending values
     */
    record Malformed<T>(String reason, int offset, String detail) implements Decoded<T> {
        @Override
        public T valueOrNull() {
            return null;
        }

        /** The same failure, typed for a caller one layer up. */
        @SuppressWarnings("unchecked")
        public <U> Malformed<U> retype() {
            return (Malformed<U>) this;
        }
    }
}
