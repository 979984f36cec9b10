package org.roguewatch.cli;

/** A command line the user must fix; its message is shown with a pointer to --help. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
