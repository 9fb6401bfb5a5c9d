package org.qualityportal.search;

/** The index could not be read or written (an I/O failure, a lock held by another process). */
public class SearchIndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
