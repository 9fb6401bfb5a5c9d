package org.qualityportal.portal.author.assets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.qualityportal.content.BinaryValue;
import org.springframework.web.multipart.MultipartFile;

/**
 * One uploaded file copied to a temporary file of its own, with its digest: checks read it as often
 * as they need, and the repository reads it once. Closing deletes the copy.
 */
final class StagedFile implements AutoCloseable {
    private final Path path;
    private final String fileName;
    private final long size;
    private final String sha256;

    private StagedFile(Path path, String fileName, long size, String sha256) {
        this.path = path;
        this.fileName = fileName;
        this.size = size;
        this.sha256 = sha256;
    }

    static StagedFile of(MultipartFile part) throws IOException {
        Path copy = Files.createTempFile("portal-upload-", ".part");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(part.getInputStream(), digest)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return new StagedFile(copy, FileNames.clean(part.getOriginalFilename()), Files.size(copy),
                    HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(copy);
            throw new IllegalStateException(e);
        }
    }

    Path path() {
        return path;
    }

    String fileName() {
        return fileName;
    }

    long size() {
        return size;
    }

    BinaryValue binary(String mimeType) {
        return new BinaryValue(fileName, mimeType, size, sha256, () -> Files.newInputStream(path));
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
