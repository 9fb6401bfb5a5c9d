package org.qualityportal.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of attached files, for the index. A file is read once per content (its SHA-256): the text is
 * kept in a directory beside the index, so a reindex or a restart does not read it again. Reading happens
 * in one background thread, never while publishing: a document whose files are not read yet is indexed
 * without their text, and indexed again (through {@link #onRead}) when they are. A file that cannot be read
 * (damaged, encrypted, too large) is logged once and counts as having no text; it never stops the queue.
 */
final class AttachmentTexts implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentTexts.class);
    private static final String TEXT = ".txt";
    private static final String SKIPPED = ".skipped";
    /** The property of an asset that holds its file. */
    static final String ASSET_FILE = "file";

    private final ContentStore store;
    private final Path directory;
    private final TextExtractor extractor;
    private final long maxBytes;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-attachments");
        thread.setDaemon(true);
        return thread;
    });
    /** Files queued, by SHA-256, with the units to index again once each is read. */
    private final Map<String, Set<String>> waiting = new ConcurrentHashMap<>();
    private volatile Consumer<Set<String>> onRead = units -> { };

    AttachmentTexts(ContentStore store, Path directory, SearchProperties properties) throws IOException {
        this.store = store;
        this.directory = Files.createDirectories(directory);
        this.extractor = new TextExtractor(properties.attachmentMaxChars());
        this.maxBytes = properties.attachmentMaxSize().toBytes();
    }

    /** Called with the units to index again whenever a queued file has been read. */
    void onRead(Consumer<Set<String>> listener) {
        this.onRead = listener;
    }

    /**
     * The text of a live asset's file if it has been read; otherwise empty, and the file is queued so that
     * {@code unit} is indexed again with it.
     */
    Optional<String> text(String assetPath, BinaryValue file, String unit) {
        if (file.sha256() == null) {
            return Optional.of("");
        }
        Optional<String> known = stored(file.sha256());
        if (known.isPresent()) {
            return known;
        }
        Set<String> units = waiting.computeIfAbsent(file.sha256(), sha -> {
            Set<String> set = ConcurrentHashMap.newKeySet();
            queue.execute(() -> read(assetPath, file));
            return set;
        });
        units.add(unit);
        return Optional.empty();
    }

    /** How many files wait to be read. */
    int pending() {
        return waiting.size();
    }

    private Optional<String> stored(String sha256) {
        try {
            Path text = directory.resolve(sha256 + TEXT);
            if (Files.isRegularFile(text)) {
                return Optional.of(Files.readString(text, StandardCharsets.UTF_8));
            }
            return Files.isRegularFile(directory.resolve(sha256 + SKIPPED)) ? Optional.of("") : Optional.empty();
        } catch (IOException e) {
            LOG.warn("Search: cannot read the stored text of file {}: {}", sha256, e.toString());
            return Optional.empty();
        }
    }

    private void read(String assetPath, BinaryValue file) {
        String sha = file.sha256();
        try {
            if (file.size() > maxBytes) {
                skip(sha, "larger than " + maxBytes + " bytes (" + file.size() + ")", assetPath, file);
            } else {
                try (ContentSession live = store.open(Workspace.LIVE);
                     InputStream bytes = live.openBinary(assetPath, ASSET_FILE).orElse(null)) {
                    if (bytes == null) {
                        skip(sha, "no longer published", assetPath, file);
                    } else {
                        String text = extractor.extract(bytes, file.fileName());
                        Files.writeString(directory.resolve(sha + TEXT), text, StandardCharsets.UTF_8);
                        LOG.debug("Search: read {} characters from {} ({})", text.length(), file.fileName(), assetPath);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            skip(sha, e.getMessage(), assetPath, file);
        } finally {
            Set<String> units = waiting.remove(sha);
            if (units != null && !units.isEmpty()) {
                notifyRead(units);
            }
        }
    }

    private void notifyRead(Set<String> units) {
        try {
            onRead.accept(units);
        } catch (RuntimeException e) {
            LOG.warn("Search: cannot index {} again with their files' text: {}", units, e.toString());
        }
    }

    private void skip(String sha, String why, String assetPath, BinaryValue file) {
        LOG.warn("Search: the text of {} ({}) is not indexed: {}", file.fileName(), assetPath, why);
        try {
            Files.writeString(directory.resolve(sha + SKIPPED), String.valueOf(why), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Search: cannot note the skipped file {}: {}", sha, e.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        queue.shutdownNow();
        queue.awaitTermination(5, TimeUnit.SECONDS);
    }
}
