package org.qualityportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets for a page of hits, with Lucene's {@link UnifiedHighlighter}: body and
 * summary offsets come straight from the postings, an attachment's from its term vectors (see
 * {@link SearchFields#ATTACHMENT}); nothing is analyzed again.
 *
 * <p>The snippet comes from the first of body, summary and attachments that holds a match;
 * an attachment snippet names its attachment. Without any match (the words were in the title,
 * or the reader is browsing without words) it is the opening of the summary or body.
 * Attachments, the longest texts, are only highlighted for hits whose own text has no match.
 */
final class Snippets {
    /** Stored fields a hit's snippet is made from, besides the attachments' text (loaded only when needed). */
    static final Set<String> STORED = Set.of(SearchFields.BODY, SearchFields.SUMMARY, SearchFields.ATTACHMENT_NAME);
    /** Aimed length of one passage, in characters. */
    private static final int PASSAGE_LENGTH = 160;

    /** One hit's snippet: safe HTML, and the attachment it was taken from, if any. */
    record Result(String html, String attachment) {
    }

    private Snippets() {
    }

    /**
     * Snippets for the given documents, in the same order.
     *
     * @param words whether the query has words at all (browsing has none: no attachment can match)
     * @param stored each document's stored fields, at least {@link #STORED}, in the same order as {@code docs}
     */
    static Result[] make(IndexSearcher searcher, Query query, boolean words, int[] docs, Document[] stored)
            throws IOException {
        Result[] results = new Result[docs.length];
        if (docs.length == 0) {
            return results;
        }
        Highlighter highlighter = new Highlighter(searcher, docs, stored);
        Object[] body = highlighter.highlight(SearchFields.BODY, 2, query, docs);
        Object[] summary = highlighter.highlight(SearchFields.SUMMARY, 1, query, docs);
        int[] unmatched = IntStream.range(0, docs.length)
                .filter(i -> words && !matched(body[i]) && !matched(summary[i]))
                .toArray();
        Object[] attachments = new Object[docs.length];
        if (unmatched.length > 0) {
            int[] rest = Arrays.stream(unmatched).map(i -> docs[i]).toArray();
            Object[] found = highlighter.highlight(SearchFields.ATTACHMENT, 1, query, rest);
            for (int j = 0; j < unmatched.length; j++) {
                attachments[unmatched[j]] = found[j];
            }
        }
        for (int i = 0; i < docs.length; i++) {
            results[i] = choose((Snippet) body[i], (Snippet) summary[i], (Snippet) attachments[i],
                    stored[i].getValues(SearchFields.ATTACHMENT_NAME));
        }
        return results;
    }

    private static Result choose(Snippet body, Snippet summary, Snippet attachment, String[] attachmentNames) {
        if (matched(body)) {
            return new Result(body.html(), null);
        }
        if (matched(summary)) {
            return new Result(summary.html(), null);
        }
        if (matched(attachment)) {
            String name = attachment.value() < attachmentNames.length ? attachmentNames[attachment.value()] : "";
            return new Result(attachment.html(), name);
        }
        if (summary != null && !summary.html().isEmpty()) {
            return new Result(summary.html(), null);
        }
        return new Result(body == null ? "" : body.html(), null);
    }

    private static boolean matched(Object snippet) {
        return snippet != null && ((Snippet) snippet).matched();
    }

    /**
     * Lucene's highlighter, asked one field at a time with only that field's part of the query
     * ({@link OneField}), and reading the hits' own text from the fields already loaded for the result
     * list instead of loading each document again.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final Map<Integer, Document> loaded = new HashMap<>();

        Highlighter(IndexSearcher searcher, int[] docs, Document[] stored) {
            super(UnifiedHighlighter.builder(searcher, Analysis.INDEX)
                    .withFormatter(new HtmlPassageFormatter(MULTIVAL_SEP_CHAR))
                    .withMaxLength(4 * DocumentMapper.MAX_TEXT)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new SplittingBreakIterator(new SentenceBreaks(), MULTIVAL_SEP_CHAR),
                            PASSAGE_LENGTH, 0.3f)));
            for (int i = 0; i < docs.length; i++) {
                loaded.put(docs[i], stored[i]);
            }
        }

        Object[] highlight(String field, int passages, Query query, int[] docs) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, OneField.of(query, field), docs, new int[] {passages})
                    .get(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (!STORED.containsAll(Arrays.asList(fields))) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document stored = loaded.get(doc);
                CharSequence[] byField = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String[] all = stored.getValues(fields[i]);
                    byField[i] = all.length == 0 ? null : String.join(String.valueOf(MULTIVAL_SEP_CHAR), all);
                }
                values.add(byField);
            }
            return values;
        }
    }
}
