package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the analyzers make of words: the forms that must meet do, the ones that must not do not. */
class AnalysisTest {

    @ParameterizedTest(name = "{0} meet")
    @CsvSource(delimiter = '|', textBlock = """
            оценка оценки оценкой оценку оценке
            школами школы школ школе школам
            региональная региональной региональном региональный
            орган органы органов органами
            качество качества качеством качестве
            Ёмкий ёмкий емкий ЕМКИЙ
            assessment assessments
            compare comparing compared
            """)
    void formsOfOneWordMeet(String forms) {
        List<String> stems = Analysis.tokens(Analysis.TEXT, forms);
        assertThat(stems).as(forms).hasSize(forms.split(" ").length);
        assertThat(stems.stream().distinct()).as(forms).hasSize(1);
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource(delimiter = '|', textBlock = """
            МОУО    | МОУ
            ОО      | о
            школьники | школы
            образовательных | образования
            """)
    void differentWordsStayApart(String one, String other) {
        assertThat(Analysis.tokens(Analysis.TEXT, one)).doesNotContainAnyElementsOf(Analysis.tokens(Analysis.TEXT, other));
    }

    @Test
    void abbreviationsAreKeptWhole() {
        assertThat(Analysis.tokens(Analysis.TEXT, "МСОКО РСОКО ВСОКО МОУО РЦОКИО МУМ РУМ ОО PISA TIMSS"))
                .containsExactly("мсоко", "рсоко", "всоко", "моуо", "рцокио", "мум", "рум", "оо", "pisa", "timss");
    }

    @Test
    void plainWordsAreOnlyLowercasedAndFolded() {
        assertThat(Analysis.tokens(Analysis.PLAIN, "Ёмкий ОТЧЁТ школами, 2021!"))
                .containsExactly("емкий", "отчет", "школами", "2021");
    }

    @Test
    void theQueryAnalyzerAddsSynonymsAsAlternatives() {
        assertThat(Analysis.tokens(Synonyms.defaults().queryAnalyzer(), "РСОКО"))
                .contains("рсоко", "региональн", "систем", "оценк", "качеств", "образован");
        assertThat(Analysis.tokens(Synonyms.none().queryAnalyzer(), "РСОКО")).containsExactly("рсоко");
    }
}
