package org.roguewatch.sim.scenario;

/** A value that does not parse or is out of range; becomes a FILE:LINE: field problem. */
final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
        super(message, null, false, false);
    }
}
