package org.qualityportal.content;

/** A repository failure, unchecked so that callers of the seam need not know about JCR. */
public class ContentAccessException extends RuntimeException {
    public ContentAccessException(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
