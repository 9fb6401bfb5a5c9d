package org.qualityportal.templating.rendering;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fingerprints in web-resource file names: {@code css/portal.css} ↔ {@code css/portal.1a2b3c4d5e.css}. */
public final class WebResourcePaths {
    private static final Pattern FINGERPRINTED = Pattern.compile("^(.*)\\.([0-9a-f]{10})(\\.[A-Za-z0-9]+)$");

    private WebResourcePaths() {
    }

    public static String withFingerprint(String path, String fingerprint) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        return dot > slash ? path.substring(0, dot) + "." + fingerprint + path.substring(dot) : path + "." + fingerprint;
    }

    /** A requested name split into the plain path and the fingerprint it carries, if any. */
    public record Requested(String path, Optional<String> fingerprint) {
    }

    public static Requested parse(String requested) {
        Matcher m = FINGERPRINTED.matcher(requested);
        return m.matches() ? new Requested(m.group(1) + m.group(3), Optional.of(m.group(2)))
                : new Requested(requested, Optional.empty());
    }
}
