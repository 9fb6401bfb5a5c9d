package org.qualityportal.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets for a page of hits, with Lucene's {@link UnifiedHighlighter} reading
 * offsets straight from the postings (no re-analysis, no term vectors).
 *
 * <p>The snippet comes from the first of body, summary and attachments that holds a match;
 * an attachment snippet names its attachment. Without any match (the words were in the title,
 * or the reader is browsing without words) it is the opening of the summary or body.
 * Attachments, the longest texts, are only highlighted for hits whose own text has no match.
 */
final class Snippets {
    private static final String[] OWN_TEXT = {SearchFields.BODY, SearchFields.SUMMARY};
    private static final String[] ATTACHMENTS = {SearchFields.ATTACHMENT};
    /** Aimed length of one passage, in characters. */
    private static final int PASSAGE_LENGTH = 160;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** One hit's snippet: safe HTML, and the attachment it was taken from, if any. */
    record Result(String html, String attachment) {
    }

    private Snippets() {
    }

    /**
     * Snippets for the given documents, in the same order.
     *
     * @param words whether the query has words at all (browsing has none: no attachment can match)
     */
    static Result[] make(IndexSearcher searcher, Query query, boolean words, int[] docs, AttachmentNames names)
            throws IOException {
        Result[] results = new Result[docs.length];
        if (docs.length == 0) {
            return results;
        }
        Highlighter highlighter = new Highlighter(searcher);
        Map<String, Object[]> own = highlighter.highlight(OWN_TEXT, new int[] {2, 1}, query, docs);
        int[] unmatched = java.util.stream.IntStream.range(0, docs.length)
                .filter(i -> words && !matched(own, SearchFields.BODY, i) && !matched(own, SearchFields.SUMMARY, i))
                .toArray();
        Object[] attachments = new Object[docs.length];
        if (unmatched.length > 0) {
            int[] rest = java.util.Arrays.stream(unmatched).map(i -> docs[i]).toArray();
            Object[] found = highlighter.highlight(ATTACHMENTS, new int[] {1}, query, rest).get(SearchFields.ATTACHMENT);
            for (int j = 0; j < unmatched.length; j++) {
                attachments[unmatched[j]] = found[j];
            }
        }
        for (int i = 0; i < docs.length; i++) {
            results[i] = choose(own, (Snippet) attachments[i], i, docs[i], names);
        }
        return results;
    }

    /** Names of a document's attachments, in index order. */
    @FunctionalInterface
    interface AttachmentNames {
        String[] of(int doc) throws IOException;
    }

    private static Result choose(Map<String, Object[]> own, Snippet attachment, int i, int doc, AttachmentNames names)
            throws IOException {
        Snippet body = snippet(own, SearchFields.BODY, i);
        Snippet summary = snippet(own, SearchFields.SUMMARY, i);
        if (body != null && body.matched()) {
            return new Result(body.html(), null);
        }
        if (summary != null && summary.matched()) {
            return new Result(summary.html(), null);
        }
        if (attachment != null && attachment.matched()) {
            String[] all = names.of(doc);
            String name = attachment.value() < all.length ? all[attachment.value()] : "";
            return new Result(attachment.html(), name);
        }
        if (summary != null && !summary.html().isEmpty()) {
            return new Result(summary.html(), null);
        }
        return new Result(body == null ? "" : body.html(), null);
    }

    private static boolean matched(Map<String, Object[]> byField, String field, int i) {
        Snippet snippet = snippet(byField, field, i);
        return snippet != null && snippet.matched();
    }

    private static Snippet snippet(Map<String, Object[]> byField, String field, int i) {
        Object[] values = byField.get(field);
        return values == null ? null : (Snippet) values[i];
    }

    /** Exposes the highlighter's object-returning call, so the formatter can return {@link Snippet}s. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(IndexSearcher searcher) {
            super(UnifiedHighlighter.builder(searcher, Analysis.INDEX)
                    .withFormatter(new HtmlPassageFormatter(MULTIVAL_SEP_CHAR))
                    .withMaxLength(4 * DocumentMapper.MAX_TEXT)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new SplittingBreakIterator(BreakIterator.getSentenceInstance(RUSSIAN), MULTIVAL_SEP_CHAR),
                            PASSAGE_LENGTH, 0.3f)));
        }

        Map<String, Object[]> highlight(String[] fields, int[] passages, Query query, int[] docs) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }
    }
}
