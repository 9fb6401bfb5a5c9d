package org.qualityportal.templating.rendering;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one policy for rich text: structure, tables and links survive; scripts, event handlers,
 * styles and foreign URL schemes do not.
 */
public final class HtmlSanitizer {
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("caption", "thead", "tbody", "tfoot", "abbr", "figure", "figcaption", "dl", "dt", "dd")
                    .allowAttributes("scope").matching(true, "col", "row", "colgroup", "rowgroup").onElements("th")
                    .allowAttributes("title").onElements("abbr")
                    .toFactory());

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
