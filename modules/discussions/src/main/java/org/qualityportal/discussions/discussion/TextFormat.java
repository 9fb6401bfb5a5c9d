package org.qualityportal.discussions.discussion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contributions are plain text with a little Markdown: blank lines separate paragraphs, lines starting
 * with "- " make a list, {@code **bold**} and {@code *italic*}. Everything is HTML-escaped first and only
 * these fixed tags are added after, so no markup from the author ever reaches the page.
 */
public final class TextFormat {
    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\p{L}])\\*(\\S(?:[^*]*?\\S)?)\\*(?![*\\p{L}])");

    private TextFormat() {
    }

    public static String html(String text) {
        StringBuilder out = new StringBuilder();
        for (String block : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            String[] lines = block.strip().split("\n");
            boolean list = java.util.Arrays.stream(lines).allMatch(l -> l.strip().startsWith("- "));
            if (list) {
                out.append("<ul>");
                for (String line : lines) {
                    out.append("<li>").append(inline(line.strip().substring(2))).append("</li>");
                }
                out.append("</ul>");
            } else {
                out.append("<p>");
                for (int i = 0; i < lines.length; i++) {
                    out.append(i > 0 ? "<br>" : "").append(inline(lines[i].strip()));
                }
                out.append("</p>");
            }
        }
        return out.toString();
    }

    /** Cleans what an author typed before it is stored: no control characters but line breaks and tabs. */
    public static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
    }

    private static String inline(String line) {
        String escaped = escape(line);
        Matcher bold = BOLD.matcher(escaped);
        escaped = bold.replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(escaped).replaceAll("<em>$1</em>");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
