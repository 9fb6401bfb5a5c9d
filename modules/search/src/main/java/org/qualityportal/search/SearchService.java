package org.qualityportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Answers readers' searches over a {@link SearchIndex}: words as typed in, a page of hits with
 * snippets, facet counts and a spelling suggestion out. It never throws on what a reader
 * types; anything unusable becomes an empty result with a Russian {@link SearchResult#message()}.
 *
 * <p>Typos: when a query finds fewer than {@value #FEW} documents, words the index has never
 * seen are corrected to the closest word it has. If the query found nothing and the
 * correction finds something, the corrected results are shown
 * ({@link SearchResult#suggestionApplied()}); otherwise the correction is only offered.
 *
 * <p>Cheap to create and immutable: build a new one when the synonym list changes.
 */
public final class SearchService {
    static final int FEW = 3;
    private static final int MAX_SUGGESTIONS = 20;

    private final SearchIndex index;
    private final UserQueryParser parser = new UserQueryParser();
    private final QueryFactory queries;
    private final Speller speller = new Speller();

    public SearchService(SearchIndex index, Synonyms synonyms) {
        this.index = Objects.requireNonNull(index, "index");
        this.queries = new QueryFactory(Objects.requireNonNull(synonyms, "synonyms"));
    }

    /** One page of results; blank words list every document that matches the filters. */
    /** Whether the index answers for everything published (see {@link SearchIndex#isComplete()}). */
    public boolean isComplete() {
        return index.isComplete();
    }

    public SearchResult search(SearchQuery query) {
        ParsedQuery parsed = parser.parse(query.text());
        return index.withSearcher(searcher -> search(searcher, query, parsed));
    }

    /** Up to {@code limit} titles whose words begin with the typed words, newest first. */
    public List<TitleSuggestion> suggest(String prefix, int limit) {
        int bounded = Math.min(limit, MAX_SUGGESTIONS);
        return index.withSearcher(searcher -> TitleSuggester.suggest(searcher, prefix, bounded));
    }

    private SearchResult search(PortalSearcher searcher, SearchQuery query, ParsedQuery parsed) throws IOException {
        List<String> notes = new ArrayList<>(parsed.notes());
        Query text;
        if (parsed.isBlank()) {
            if (!query.text().isBlank()) {
                return nothing(query, parsed, notes, "В запросе нет слов для поиска.");
            }
            text = new MatchAllDocsQuery();
        } else {
            text = queries.build(parsed);
            if (text == null) {
                return nothing(query, parsed, notes, parsed.texts(ParsedQuery.Kind.EXCLUDED).isEmpty()
                        ? "В запросе нет слов для поиска."
                        : "Добавьте слово, которое нужно найти: слова со знаком «-» только исключают.");
            }
        }
        Finder.Found found = Finder.find(searcher, text, query);
        try {
            String suggestion = null;
            boolean applied = false;
            if (found.total() < FEW && !parsed.isBlank()) {
                ParsedQuery corrected = speller.correct(searcher.getIndexReader(), parsed);
                Query correctedText = corrected == null ? null : queries.build(corrected);
                if (correctedText != null) {
                    Finder.Found better = Finder.find(searcher, correctedText, query);
                    if (better.total() > found.total()) {
                        suggestion = corrected.toText();
                    }
                    if (suggestion != null && found.total() == 0) {
                        FacetSideways.settle(found.facets());
                        found = better;
                        text = correctedText;
                        applied = true;
                    } else {
                        FacetSideways.settle(better.facets());
                    }
                }
            }
            if (found.total() == 0) {
                notes.add(query.filters().isEmpty()
                        ? "Ничего не найдено. Проверьте написание или попробуйте другие слова."
                        : "Ничего не найдено. Попробуйте убрать фильтры или изменить запрос.");
            }
            return new SearchResult(parsed.toText(), found.total(), query.page(), query.pageSize(),
                    hits(searcher, text, !parsed.isBlank(), found, query), FacetCounter.count(searcher, found.facets(), query),
                    suggestion, applied, message(notes));
        } finally {
            FacetSideways.settle(found.facets()); // the counts read the index: done before the searcher goes back
        }
    }

    private static List<SearchHit> hits(PortalSearcher searcher, Query text, boolean words, Finder.Found found,
            SearchQuery query) throws IOException {
        ScoreDoc[] top = found.top().scoreDocs;
        int from = (query.page() - 1) * query.pageSize();
        if (from >= top.length) {
            return List.of();
        }
        int[] docs = new int[top.length - from];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top[from + i].doc;
        }
        return PageHits.of(searcher, text, words, docs);
    }

    private static SearchResult nothing(SearchQuery query, ParsedQuery parsed, List<String> notes, String why) {
        notes.add(why);
        Map<SearchFacet, List<FacetValue>> empty = new java.util.EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            empty.put(facet, List.of());
        }
        return new SearchResult(parsed.toText(), 0, query.page(), query.pageSize(), List.of(), empty,
                null, false, message(notes));
    }

    private static String message(List<String> notes) {
        return notes.isEmpty() ? null : String.join(" ", notes);
    }
}
