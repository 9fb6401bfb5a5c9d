package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a reader types gives results or a Russian message, never an exception, and no
 * snippet ever carries markup other than {@code <mark>}, even for documents full of it.
 */
class BadQueryTest {
    /** The shared payload list of the project (resolved from this module's directory at test time). */
    static final Path PAYLOADS = Path.of("../../../shared/testdata/xss-payloads.txt");
    private static final int ALL_OF_OUR_ESTIMATE_DOCS = 7;

    /** The corpus: every bad query runs against it. */
    private static SearchIndex index;
    private static SearchService service;
    /** The corpus plus documents made of payloads, for snippets cut from hostile text. */
    private static SearchIndex hostileIndex;
    private static SearchService hostile;
    private static List<String> payloads;

    @BeforeAll
    static void indexCorpusAndPayloads() throws IOException {
        payloads = Files.readAllLines(PAYLOADS, StandardCharsets.UTF_8);
        index = SearchIndex.create(new ByteBuffersDirectory());
        index.updateAll(Corpus.ALL);
        service = new SearchService(index, Synonyms.defaults());
        hostileIndex = SearchIndex.create(new ByteBuffersDirectory());
        hostileIndex.updateAll(Corpus.ALL);
        for (int i = 0; i < payloads.size(); i += 500) {
            List<String> some = payloads.subList(i, Math.min(payloads.size(), i + 500));
            hostileIndex.update(SearchDocument.of("/news/payloads/" + i, "/p/" + i, "news", "Новость", some.get(0))
                    .withSummary(some.get(1)).withBody(String.join("\n", some))
                    .withAttachment(some.get(2), String.join(" ", some)));
        }
        hostile = new SearchService(hostileIndex, Synonyms.defaults());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
        hostileIndex.close();
    }

    @Test
    void thePayloadFileIsThere() {
        assertThat(payloads).hasSizeGreaterThan(1000);
    }

    @Test
    void everyPayloadAsAQueryGivesSafeResults() {
        for (String payload : payloads) {
            SearchResult result = searchSafely(payload);
            result.hits().forEach(hit -> SafeHtml.assertOnlyMarks(hit.snippetHtml()));
            assertThat(service.suggest(payload, 5)).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"script", "alert", "onerror prompt", "svg onload", "iframe src", "\"img src\"",
        "javascript*", "<script>alert(1)</script>", "&lt;script&gt;"})
    void documentsFullOfMarkupComeBackEscaped(String query) {
        SearchResult result = hostile.search(SearchQuery.of(query));
        result.hits().forEach(hit -> SafeHtml.assertOnlyMarks(hit.snippetHtml()));
    }

    @Test
    void everyTenthPayloadSearchedInHostileDocumentsGivesSafeSnippets() {
        for (int i = 0; i < payloads.size(); i += 10) {
            hostile.search(SearchQuery.of(payloads.get(i))).hits()
                    .forEach(hit -> SafeHtml.assertOnlyMarks(hit.snippetHtml()));
        }
    }

    @Test
    void markupWordsAreFoundInThePayloadDocuments() {
        SearchResult result = hostile.search(SearchQuery.of("onerror"));
        assertThat(result.total()).isPositive();
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.snippetHtml()).contains("<mark>onerror</mark>"));
    }

    @ParameterizedTest(name = "[{0}] finds the 7 documents on «оценка»")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "оценка
            оценка"
            «оценка
            оценка AND
            OR оценка
            AND оценка OR
            +оценка
            оценка*** ***
            оценка ((( )))
            оценка ~~~ ^^^ !!!
            оценка && ||
            `   оценка   `
            ОЦЕНКА!!!
            """)
    void operatorsAndStrayQuotesAreIgnored(String query) {
        assertThat(searchSafely(query).total()).isEqualTo(ALL_OF_OUR_ESTIMATE_DOCS);
    }

    @ParameterizedTest(name = "[{0}] gives: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            AND                | В запросе нет слов для поиска.
            OR NOT             | В запросе нет слов для поиска.
            -                  | В запросе нет слов для поиска.
            +                  | В запросе нет слов для поиска.
            *                  | В запросе нет слов для поиска.
            ""                 | В запросе нет слов для поиска.
            `"`                | В запросе нет слов для поиска.
            ?!.,;:()[]{}       | В запросе нет слов для поиска.
            -оценка            | Добавьте слово, которое нужно найти: слова со знаком «-» только исключают.
            """)
    void queriesWithoutWordsExplainWhy(String query, String message) {
        SearchResult result = searchSafely(query);
        assertThat(result.total()).isZero();
        assertThat(result.message()).isEqualTo(message);
    }

    @Test
    void aTenThousandCharacterQueryIsShortened() {
        SearchResult words = searchSafely("оценка ".repeat(1500));
        assertThat(words.total()).isEqualTo(ALL_OF_OUR_ESTIMATE_DOCS);
        assertThat(words.message()).contains("Запрос слишком длинный");
        assertThat(words.query().length()).isLessThanOrEqualTo(UserQueryParser.MAX_CHARS);

        SearchResult oneWord = searchSafely("щ".repeat(10_000));
        assertThat(oneWord.total()).isZero();
        assertThat(oneWord.message()).contains("Запрос слишком длинный");

        SearchResult quotes = searchSafely("\"".repeat(10_000));
        assertThat(quotes.message()).contains("В запросе нет слов для поиска.");
    }

    @Test
    void manyWordsAreCutToTheFirstOnes() {
        SearchResult result = searchSafely("оценка " + "качество ".repeat(30));
        assertThat(result.message()).contains("учтены первые " + UserQueryParser.MAX_CLAUSES + " слов");
    }

    @ParameterizedTest
    @ValueSource(strings = {"оценка\u0000", "оценка\u0007\u001b", "\u200bоценка\u200e", "оценка\r\n\t",
        "\uFEFFоценка", "оценка\uD800", "\uDC00оценка"})
    void controlAndFormattingCharactersAreSpaces(String query) {
        assertThat(searchSafely(query).total()).isEqualTo(ALL_OF_OUR_ESTIMATE_DOCS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:оценка", "оценка~2", "/оцен.*/", "{!lucene}оценка", "оценка^100", "[a TO z]",
        "\\", "\\\"", "%00", "😀", "оценка 😀", "𝕺𝖈𝖊𝖓𝖐𝖆", "' OR 1=1 --", "${7*7}", "<#assign x=1>", "null"})
    void syntaxOfOtherEnginesIsJustText(String query) {
        SearchResult result = searchSafely(query);
        assertThat(result.total() > 0 || result.message() != null).isTrue();
    }

    @Test
    void aNullTextBrowsesEverything() {
        assertThat(searchSafely(null).total()).isEqualTo(index.count());
    }

    private static SearchResult searchSafely(String text) {
        try {
            SearchResult result = service.search(SearchQuery.of(text));
            assertThat(result).isNotNull();
            return result;
        } catch (RuntimeException e) {
            throw new AssertionError("Query threw: [" + text + "]", e);
        }
    }
}
