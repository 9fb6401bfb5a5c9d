package org.qualityportal.portal.author.assets;

import org.qualityportal.content.Slugs;

/** What an uploaded file is called: the name offered on download, its title and its node name. */
final class FileNames {
    private static final int MAX_LENGTH = 200;
    static final String FALLBACK_NAME = "file";

    private FileNames() {
    }

    /**
     * The name as the uploader's computer had it, without any folder part (some browsers send a whole
     * path), control and direction-changing characters (which make {@code gpj.exe} read as {@code exe.jpg}),
     * and at most 200 characters with the extension kept.
     */
    static String clean(String offered) {
        String name = offered == null ? "" : offered;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.length() > MAX_LENGTH) {
            String extension = FileTypes.extension(name);
            int keep = MAX_LENGTH - extension.length() - 1;
            name = extension.isEmpty() || keep < 1 ? name.substring(0, MAX_LENGTH) : name.substring(0, keep) + "." + extension;
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "файл" : name;
    }

    /** The name without its extension: the asset's first title. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return stem.isBlank() ? fileName : stem.strip();
    }

    /** A node name from the file name: transliterated, lower case, dashes; "file" when nothing is left. */
    static String slug(String fileName) {
        String slug = Slugs.slug(stem(fileName));
        return slug.isEmpty() ? FALLBACK_NAME : slug;
    }
}
