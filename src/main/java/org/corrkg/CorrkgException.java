package org.corrkg;

/**
 * A problem the user can act on: a file that does not parse, data that fails
 * validation, an unknown query or name. The message says what and where.
 */
public class CorrkgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CorrkgException(String message) { super(message); }

    public CorrkgException(String message, Throwable cause) { super(message, cause); }
}
