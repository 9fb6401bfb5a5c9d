package org.qualityportal.templating.rendering;

/** A page could not be rendered at all (its template is missing or its script failed). */
public class RenderException extends RuntimeException {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderException(String message) {
        super(message);
    }
}
