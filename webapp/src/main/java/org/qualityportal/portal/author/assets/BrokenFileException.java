package org.qualityportal.portal.author.assets;

import java.io.IOException;

/** A file whose structure cannot be read: truncated or damaged. The message is Russian, for the editor. */
final class BrokenFileException extends IOException {
    BrokenFileException(String message) {
        super(message);
    }

    BrokenFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
