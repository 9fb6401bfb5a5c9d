package org.qualityportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Titles for suggestions as you type: every typed word must begin a word of the title (any
 * word may be unfinished or inflected differently: "мониторинг ко" offers "Итоги мониторинга
 * в Копейском…"); newest documents first. A prefix query on the unstemmed
 * {@link SearchFields#TITLE_WORDS} field is enough here and stays in step with the index by
 * construction, unlike a separate suggester index.
 */
final class TitleSuggester {
    private static final int MAX_WORDS = 8;
    private static final Set<String> FIELDS = Set.of(SearchFields.TITLE, SearchFields.URL);

    private TitleSuggester() {
    }

    static List<TitleSuggestion> suggest(PortalSearcher searcher, String prefix, int limit) throws IOException {
        String text = UserQueryParser.clean(prefix);
        List<String> words = Analysis.tokens(Analysis.PLAIN, text);
        if (words.isEmpty() || limit < 1 || (words.size() == 1 && words.get(0).length() < 2)) {
            return List.of();
        }
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(new PrefixQuery(new Term(SearchFields.TITLE_WORDS, word)), Occur.MUST);
        }
        SortField newest = new SortField(SearchFields.DATE, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        TopFieldDocs top = searcher.search(query.build(), limit * 3, new Sort(newest));
        Set<String> titles = new LinkedHashSet<>();
        List<TitleSuggestion> suggestions = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc, FIELDS);
            String title = doc.get(SearchFields.TITLE);
            if (title != null && !title.isBlank() && titles.add(title) && suggestions.size() < limit) {
                suggestions.add(new TitleSuggestion(title, doc.get(SearchFields.URL)));
            }
        }
        return suggestions;
    }
}
