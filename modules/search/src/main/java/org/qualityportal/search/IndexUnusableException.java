package org.qualityportal.search;

/**
 * The directory holds no index, or one that cannot be read: the caller should
 * {@link SearchIndex#create create} a fresh index there and rebuild it from the content.
 */
public class IndexUnusableException extends SearchIndexException {
    private static final long serialVersionUID = 1L;

    /** Why the index cannot be used. */
    public enum Reason {
        /** No index in the directory (first start, or deleted). */
        MISSING,
        /** Files damaged or truncated: checksums or headers do not match. */
        CORRUPT,
        /** Written by a Lucene version this one cannot read. */
        INCOMPATIBLE
    }

    private final Reason reason;

    public IndexUnusableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
