package org.qualityportal.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML that is safe to print as is: every character of the
 * document is escaped, and the only markup is {@code <mark>…</mark>} around matches.
 * A passage longer than {@link #WINDOW} characters (text without sentence breaks) is cut
 * to a window around its first match. Also tells which value of a multi-valued field the
 * first match lies in, by counting the highlighter's value separators before it.
 */
final class HtmlPassageFormatter extends PassageFormatter {
    static final int WINDOW = 300;
    private static final String ELLIPSIS = "…";

    private final char valueSeparator;

    HtmlPassageFormatter(char valueSeparator) {
        this.valueSeparator = valueSeparator;
    }

    @Override
    public Snippet format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        boolean matched = false;
        int value = 0;
        int previousEnd = 0;
        for (Passage passage : passages) {
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            while (start < end && content.charAt(start) == valueSeparator) {
                start++; // a passage may begin on the separator before its value
            }
            if (passage.getNumMatches() > 0) {
                if (!matched) {
                    value = count(content, valueSeparator, passage.getMatchStarts()[0]);
                }
                matched = true;
                if (end - start > WINDOW) {
                    int first = passage.getMatchStarts()[0];
                    start = wordStart(content, Math.max(start, first - WINDOW / 3), first);
                    end = wordEnd(content, start + WINDOW, end);
                }
            } else if (end - start > WINDOW) {
                end = wordEnd(content, start + WINDOW, end);
            }
            if (html.length() > 0) {
                html.append(' ').append(ELLIPSIS).append(' ');
            } else if (start > 0 && content.charAt(start - 1) != valueSeparator) {
                html.append(ELLIPSIS).append(' ');
            }
            int at = start;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = Math.max(at, passage.getMatchStarts()[i]);
                int matchEnd = Math.min(end, passage.getMatchEnds()[i]);
                if (matchStart >= matchEnd) {
                    continue;
                }
                escape(content, at, matchStart, html);
                html.append("<mark>");
                escape(content, matchStart, matchEnd, html);
                html.append("</mark>");
                at = matchEnd;
            }
            escape(content, at, end, html);
            previousEnd = end;
        }
        if (html.length() > 0 && previousEnd < content.length() && content.charAt(previousEnd) != valueSeparator) {
            html.append(' ').append(ELLIPSIS);
        }
        return new Snippet(html.toString().replaceAll("\\s+", " ").strip(), matched, value);
    }

    /** Appends text[from, to) with HTML's special characters escaped and control characters as spaces. */
    static void escape(CharSequence text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
    }

    private static int count(String content, char c, int before) {
        int n = 0;
        for (int i = 0; i < before && i < content.length(); i++) {
            if (content.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** The start of the first whole word at or after {@code at}, not beyond {@code limit}. */
    private static int wordStart(String content, int at, int limit) {
        if (at == 0 || Character.isWhitespace(content.charAt(at - 1))) {
            return at;
        }
        int i = at;
        while (i < limit && !Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        return Math.min(i + 1, limit);
    }

    /** The end of the word running at {@code at} (a few characters at most), not beyond {@code limit}. */
    private static int wordEnd(String content, int at, int limit) {
        int i = Math.min(at, limit);
        while (i < limit && i < at + 20 && !Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        return i;
    }
}
