package org.qualityportal.templating.rendering;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one policy for rich text: structure, tables and links survive; scripts, event handlers,
 * styles and foreign URL schemes do not.
 */
public final class HtmlSanitizer {
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements("a", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "abbr", "figure",
                    "figcaption", "dl", "dt", "dd", "pre", "code", "hr", "br")
            .allowStandardUrlProtocols()
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "abbr")
            .allowAttributes("scope").matching(true, "col", "row", "colgroup", "rowgroup").onElements("th")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]?")).onElements("th", "td")
            .toFactory();

    private HtmlSanitizer() {
    }

    /** Published rich text is the same on every request: sanitise each distinct text once. */
    private static final int CACHE_LIMIT = 2_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    public static String sanitize(String html) {
        if (html == null) {
            return "";
        }
        String clean = CACHE.get(html);
        if (clean == null) {
            clean = POLICY.sanitize(html);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(html, clean);
        }
        return clean;
    }
}
