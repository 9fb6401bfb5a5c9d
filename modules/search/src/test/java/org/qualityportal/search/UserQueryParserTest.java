package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How typed text becomes clauses: read each row as "typed | understood as". */
class UserQueryParserTest {
    private final UserQueryParser parser = new UserQueryParser();

    @ParameterizedTest(name = "[{0}] is read as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            оценка качества                     | оценка качества
            "качество образования" школа         | "качество образования" школа
            «качество образования»               | "качество образования"
            “качество образования”               | "качество образования"
            "один"                               | один
            оцен*                                | оцен*
            оц*                                  | оц
            *оценка                              | оценка
            -приказ оценка                       | -приказ оценка
            "оценка                              | оценка
            "оценка качества                     | оценка качества
            оценка AND OR NOT школа              | оценка школа
            оценка И ИЛИ НЕ школа                | оценка школа
            +оценка                              | оценка
            - + * && || !                        |
            `оценка, качество.`                  | оценка качество
            (оценка)                             | оценка
            оце*нка                              | оценка
            """)
    void readsTypedText(String typed, String understood) {
        assertThat(parser.parse(typed).toText()).isEqualTo(understood == null ? "" : understood);
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(parser.parse("оценка\u0000качества\u0007\u200b").toText()).isEqualTo("оценка качества");
        assertThat(UserQueryParser.clean("a\tb\nc\u00a0d")).isEqualTo("a b c d");
        assertThat(UserQueryParser.clean(null)).isEmpty();
    }

    @Test
    void longInputIsCutWithANote() {
        ParsedQuery parsed = parser.parse("слово ".repeat(2_000));
        assertThat(parsed.clauses()).hasSize(UserQueryParser.MAX_CLAUSES);
        assertThat(parsed.notes()).containsExactly(
                "Запрос слишком длинный: учтены первые 300 символов.",
                "Запрос слишком длинный: учтены первые 16 слов.");
    }

    @Test
    void correctionsReplaceWordsInWordsAndPhrasesOnly() {
        ParsedQuery parsed = parser.parse("оцнка \"оцнка качества\" оцнка* -оцнка");
        assertThat(parsed.replacing(java.util.Map.of("оцнка", "оценка")).toText())
                .isEqualTo("оценка \"оценка качества\" оцнка* -оцнка");
    }
}
