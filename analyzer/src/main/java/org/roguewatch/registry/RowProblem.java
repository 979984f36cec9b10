package org.roguewatch.registry;

/**
 * Why one line of a plan was refused: the field (null when the whole line is at fault) and a message.
 * It carries no stack trace, since under --lenient it is thrown once per bad row.
 */
final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;

    RowProblem(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
