package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    private static final String TEXT = "Приказ утверждён. Работа ведётся в ОО, т. е. в школах! Итоги?! «Да.» Готово…"
            + " Версия 2.5 вышла\nНовая строка";

    @Test
    void sentencesStartAfterTheirEndAndTheSpaces() {
        assertThat(sentences(TEXT)).containsExactly("Приказ утверждён. ", "Работа ведётся в ОО, т. е. в школах! ",
                "Итоги?! ", "«Да.» ", "Готово… ", "Версия 2.5 вышла\n", "Новая строка");
    }

    @Test
    void aTextWithoutEndsIsOneSentence() {
        assertThat(sentences("без точки")).containsExactly("без точки");
        assertThat(sentences("Одно. ")).containsExactly("Одно. ");
        assertThat(sentences("")).isEmpty();
    }

    @Test
    void movesLikeTheJdksIterators() {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText("Раз. Два. Три.");
        assertThat(breaks.first()).isZero();
        assertThat(breaks.following(0)).isEqualTo(5);
        assertThat(breaks.current()).isEqualTo(5);
        assertThat(breaks.following(5)).isEqualTo(10);
        assertThat(breaks.preceding(10)).isEqualTo(5);
        assertThat(breaks.preceding(7)).isEqualTo(5);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(14)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.last()).isEqualTo(14);
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.previous()).isEqualTo(10);
        assertThat(breaks.isBoundary(5)).isTrue();
        assertThat(breaks.isBoundary(6)).isFalse();
        assertThat(breaks.getText().getEndIndex()).isEqualTo(14);
        assertThatThrownBy(() -> breaks.following(15)).isInstanceOf(IllegalArgumentException.class);

        breaks.setText(new StringCharacterIterator("Раз. Два."));
        assertThat(breaks.following(1)).isEqualTo(5);
    }

    private static List<String> sentences(String text) {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(text);
        List<String> sentences = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            sentences.add(text.substring(start, end));
        }
        return sentences;
    }
}
