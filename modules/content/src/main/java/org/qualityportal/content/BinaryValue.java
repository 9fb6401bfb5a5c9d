package org.qualityportal.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A file held as a property value (an attachment, an image). Equality is by content digest, so an
 * import of the same file changes nothing.
 *
 * @param fileName the name offered on download
 * @param mimeType detected from the bytes, not from the name
 * @param size     bytes
 * @param sha256   hex digest of the bytes
 * @param source   opens the bytes; {@code null} in read-only snapshots, where {@link ContentView#openBinary} serves them
 */
public record BinaryValue(String fileName, String mimeType, long size, String sha256, Source source) {

    /** Opens the bytes of a binary value. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public BinaryValue withoutSource() {
        return new BinaryValue(fileName, mimeType, size, sha256, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryValue b && size == b.size && Objects.equals(sha256, b.sha256)
                && Objects.equals(fileName, b.fileName) && Objects.equals(mimeType, b.mimeType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mimeType, size, sha256);
    }
}
