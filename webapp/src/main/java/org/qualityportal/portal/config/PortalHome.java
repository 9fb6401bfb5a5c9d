package org.qualityportal.portal.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Claims the data folder for this process. A second portal on the same folder stops at start with
 * a clear message instead of sharing (and corrupting) the repository.
 */
public final class PortalHome implements AutoCloseable {
    static final String LOCK_FILE = "portal.lock";

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private PortalHome(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    public static PortalHome claim(Path directory) {
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new HomeInUseException(directory);
            }
            return new PortalHome(directory, channel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot use the data folder " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** Thrown when another process holds the data folder. */
    public static final class HomeInUseException extends IllegalStateException {
        HomeInUseException(Path directory) {
            super("The data folder " + directory.toAbsolutePath() + " is already used by another running portal. "
                    + "Stop that process, or start this one with another --portal.home.");
        }
    }
}
