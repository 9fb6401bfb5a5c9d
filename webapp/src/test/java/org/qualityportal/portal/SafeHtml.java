package org.qualityportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether sanitised HTML can still execute anything: every tag must be a harmless text element,
 * no attribute an event handler or inline style, no link a script URL. Escaped text ({@code &lt;script&gt;})
 * is harmless and passes.
 */
public final class SafeHtml {
    private static final Set<String> SAFE_TAGS = Set.of("p", "a", "b", "i", "u", "s", "em", "strong", "ul", "ol", "li",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "hr", "table", "caption", "thead", "tbody", "tfoot",
            "tr", "th", "td", "abbr", "figure", "figcaption", "dl", "dt", "dd", "pre", "code", "div", "span", "sub", "sup",
            "small", "big", "tt", "strike", "cite", "q", "address", "center", "del", "ins", "mark", "kbd", "samp", "var",
            "dfn");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"");

    private SafeHtml() {
    }

    public static void assertSafe(String html, String description) {
        Matcher tags = TAG.matcher(html == null ? "" : html);
        while (tags.find()) {
            String name = tags.group(1).toLowerCase(Locale.ROOT);
            String attributes = tags.group(2).toLowerCase(Locale.ROOT);
            assertThat(SAFE_TAGS).as(description + " left <" + name + ">").contains(name);
            assertThat(attributes).as(description).doesNotContainPattern("(^|\\s)on[a-z]+\\s*=")
                    .doesNotContain("style=", "srcdoc");
            Matcher urls = URL_ATTRIBUTE.matcher(attributes);
            while (urls.find()) {
                String url = urls.group(1).replace("&#58;", ":").replace("&#x3a;", ":").strip();
                assertThat(url).as(description).doesNotStartWith("javascript:").doesNotStartWith("data:")
                        .doesNotStartWith("vbscript:");
            }
        }
    }
}
