package org.qualityportal.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;

/**
 * The archive as the reindex reads it, counting what passes (documents, attachments, characters)
 * and the time spent making each document, so the indexing figures can be given with and without
 * the generator's share in one pass.
 */
final class MeteredArchive implements Iterable<SearchDocument> {
    private final Iterable<SearchDocument> archive;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long documents;
    private long attachments;
    private long characters;
    private long nanos;
    private long cpuNanos;

    MeteredArchive(Iterable<SearchDocument> archive) {
        this.archive = archive;
    }

    @Override
    public Iterator<SearchDocument> iterator() {
        Iterator<SearchDocument> documents = archive.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public SearchDocument next() {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                SearchDocument doc = documents.next();
                nanos += System.nanoTime() - start;
                cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
                count(doc);
                return doc;
            }
        };
    }

    private void count(SearchDocument doc) {
        documents++;
        characters += doc.title().length() + doc.summary().length() + doc.body().length();
        for (SearchDocument.Attachment attachment : doc.attachments()) {
            characters += attachment.text().length();
            attachments++;
        }
    }

    long documents() {
        return documents;
    }

    long attachments() {
        return attachments;
    }

    long characters() {
        return characters;
    }

    /** Wall-clock seconds spent making documents. */
    double seconds() {
        return nanos / 1e9;
    }

    /** CPU seconds the reading thread spent making documents. */
    double cpuSeconds() {
        return cpuNanos / 1e9;
    }
}
