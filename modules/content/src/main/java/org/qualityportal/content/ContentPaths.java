package org.qualityportal.content;

import java.util.regex.Pattern;

/** Path rules shared by the store, import and rendering. Paths are absolute: {@code /tree/a/b}. */
public final class ContentPaths {
    /** Node names: lower-case Latin letters, digits and dashes (slugs), or a leading digit. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private ContentPaths() {
    }

    public static String tree(String path) {
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    public static String parent(String path) {
        int i = path.lastIndexOf('/');
        return i <= 0 ? "/" : path.substring(0, i);
    }

    public static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Rejects anything that is not a clean absolute path of valid names. */
    public static String requireValid(String path) {
        if (path == null || !path.startsWith("/") || path.length() < 2) {
            throw new IllegalArgumentException("Not an absolute content path: " + path);
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (!isValidName(segment)) {
                throw new IllegalArgumentException("Invalid node name '" + segment + "' in path " + path);
            }
        }
        return path;
    }

    /** Whether {@link #requireValid} would accept the path. */
    public static boolean isValid(String path) {
        try {
            requireValid(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Depth of a path: {@code /website} is 1. */
    public static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
