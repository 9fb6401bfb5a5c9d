package org.qualityportal.discussions.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qualityportal.templating.rendering.HtmlSanitizer;

/** Blocks of a document body, their anchors, and finding a section again after the document changed. */
class SectionsTest {
    private static final String GOAL = "Обеспечить участие не менее 80 процентов школ региона в мониторинге"
            + " качества подготовки обучающихся";
    private static final String BODY = """
            <h2 id="goals">Цели&nbsp;программы</h2>
            <p class="lead">%s</p>
            <p>Программа &laquo;Качество&raquo; &amp; <strong>мониторинг</strong> &lt;2026&gt; &quot;пилот&quot;</p>
            <ul><li>Первый   пункт</li><li>Второй
            пункт</li></ul>
            <p>&nbsp;</p>
            """.formatted(GOAL);

    @Test
    void blocksAreHeadingsParagraphsAndListItemsAsPlainText() {
        assertThat(Sections.blocks(BODY)).containsExactly(
                new Sections.Block("Цели программы", "Цели программы"),
                new Sections.Block("", GOAL),
                new Sections.Block("", "Программа «Качество» & мониторинг <2026> \"пилот\""),
                new Sections.Block("", "Первый пункт"),
                new Sections.Block("", "Второй пункт"));
        assertThat(Sections.blocks(null)).isEmpty();
        assertThat(Sections.blocks("просто текст без разметки")).isEmpty();
    }

    @Test
    void aBodyAsTheRichTextEditorStoresItReadsAsTheAuthorTypedIt() {
        String stored = HtmlSanitizer.sanitize("<p>Формула \"5+5=10\" для школ @ 2026 — 'пилот' &amp; итог</p>");
        assertThat(Sections.blocks(stored)).extracting(Sections.Block::text)
                .containsExactly("Формула \"5+5=10\" для школ @ 2026 — 'пилот' & итог");
        assertThat(Sections.blocks("<p>&#171;Кавычки&#187; &#x2014; и &amp;#34; остаётся текстом</p>"))
                .extracting(Sections.Block::text).containsExactly("«Кавычки» — и &#34; остаётся текстом");
    }

    @Test
    void anchorsAreStableAndUnique() {
        List<Sections.Block> blocks = Sections.blocks(BODY + "<p>Первый пункт</p>");
        List<Section> first = Sections.of(blocks, List.of(0, 1, 3, 5));
        List<Section> again = Sections.of(Sections.blocks(BODY + "<p>Первый пункт</p>"), List.of(0, 1, 3, 5));
        assertThat(first).isEqualTo(again);
        assertThat(first).extracting(Section::anchor).doesNotHaveDuplicates()
                .allMatch(a -> a.matches("s-[0-9a-f]{8}x*"));
        assertThat(first.get(1).anchor()).isEqualTo(Sections.anchor(GOAL));
        assertThat(first.get(2).text()).isEqualTo(first.get(3).text());
        assertThat(first.get(3).anchor()).isEqualTo(first.get(2).anchor() + "x");
        assertThat(Sections.of(blocks, List.of(1, 99, -1))).extracting(Section::text).containsExactly(GOAL);
    }

    @Test
    void titlesAreShortened() {
        List<Section> sections = Sections.of(Sections.blocks(BODY), List.of(0, 1));
        assertThat(sections.get(0).title()).isEqualTo("Цели программы");
        assertThat(sections.get(1).title()).isEqualTo("Обеспечить участие не менее 80 процентов школ региона…");
        assertThat(Sections.title("Ровно восемь слов в этом коротком заголовке раздела")).isEqualTo(
                "Ровно восемь слов в этом коротком заголовке раздела");
    }

    @Test
    void aSectionIsFoundAgainAfterSmallEditsAndLostAfterARewrite() {
        Section goal = Sections.of(Sections.blocks(BODY), List.of(1)).get(0);

        String wordChanged = "<p>Новый вводный абзац.</p>" + BODY.replace("80 процентов", "85 процентов");
        assertThat(Sections.locate(goal, Sections.blocks(wordChanged))).contains(2);

        String sentenceAdded = BODY.replace(GOAL, GOAL + ". Итоги публикуются ежеквартально");
        assertThat(Sections.locate(goal, Sections.blocks(sentenceAdded))).contains(1);

        String rewritten = BODY.replace(GOAL, "Мониторинг проводится раз в год в каждой второй школе по выбору министерства");
        assertThat(Sections.locate(goal, Sections.blocks(rewritten))).isEmpty();
        assertThat(Sections.locate(goal, List.of())).isEmpty();
    }
}
