package org.roguewatch.alert.sink;

/**
 * A sink that could not be set up as configured, found at start.
 *
 * @param sink     the sink's name
 * @param where    "file:line" of the setting at fault, or "(default)" when it was not set
 * @param field    the setting key
 * @param message  what is wrong
 * @param disabled whether the sink was left out (true) or runs degraded and keeps retrying (false)
 */
public record SinkProblem(String sink, String where, String field, String message, boolean disabled) {
    @Override
    public String toString() {
        return where + ": " + field + ": " + message + (disabled ? " — sink '" + sink + "' disabled"
                : " — sink '" + sink + "' will keep retrying");
    }
}
