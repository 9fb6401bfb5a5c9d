package org.qualityportal.content.transfer;

import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentStore;

/**
 * File names of the import format: {@code <tree>.<path segments>.yaml}, one unit per file, e.g.
 * {@code documents.orders.2018-03-524.yaml} holds {@code /documents/orders/2018-03-524}. Binary
 * values sit beside it as {@code <base>.<property>.<extension>}.
 */
public final class ImportFiles {
    public static final String EXTENSION = ".yaml";

    private ImportFiles() {
    }

    public static boolean isContentFile(String fileName) {
        return fileName.endsWith(EXTENSION) && !fileName.startsWith(".");
    }

    /** {@code documents.orders.x.yaml} → {@code /documents/orders/x}; rejects malformed names. */
    public static String pathOf(String fileName) {
        String base = fileName.substring(0, fileName.length() - EXTENSION.length());
        String path = "/" + base.replace('.', '/');
        try {
            ContentPaths.requireValid(path);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("File name " + fileName + " does not name a content path: "
                    + e.getMessage(), e);
        }
        if (!ContentStore.isContentPath(path)) {
            throw new IllegalArgumentException("File " + fileName + " names no content tree (" + ContentStore.TREES + ")");
        }
        if (ContentPaths.depth(path) < 2) {
            throw new IllegalArgumentException("File " + fileName + " names a whole tree; name a node inside it");
        }
        return path;
    }

    public static String baseName(String path) {
        return path.substring(1).replace('/', '.');
    }

    public static String fileNameOf(String path) {
        return baseName(path) + EXTENSION;
    }
}
