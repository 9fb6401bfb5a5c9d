package org.qualityportal.templating.rendering;

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

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
