package org.qualityportal.discussions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.content.Content;
import org.qualityportal.content.NodeKind;
import org.qualityportal.discussions.DiscussionFixture;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Posting;
import org.qualityportal.discussions.discussion.Section;
import org.qualityportal.discussions.discussion.Sections;
import org.qualityportal.discussions.discussion.Track;

/** What the discussion page prints: the viewer's tracks, the sections as the document reads now, the counts. */
class DiscussionPageTest {
    private static final String GOAL = "Обеспечить участие не менее 80 процентов школ региона в мониторинге качества";
    private static final String TERMS = "Мероприятия выполняются в течение 2026 года силами муниципальных органов";

    private final DiscussionFixture f = new DiscussionFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void thePageShowsWhatTheViewerMayDoAndTheDocumentAsItIsNow() {
        List<Section> sections = Sections.of(Sections.blocks("<p>" + GOAL + "</p><p>" + TERMS + "</p>"), List.of(0, 1));
        Discussion d = f.discussions.open("/documents/roadmap-2026", "Дорожная карта", f.clock.instant().minus(Duration.ofDays(1)),
                f.clock.instant().plus(Duration.ofDays(14)), Set.of(Track.PUBLIC, Track.EXPERT), sections, null, "editor1");
        f.posted(d, f.expert("petrov"), new Posting.Form("expert", sections.get(0).anchor(), "for", "Поддерживаю", "", null));
        f.posted(d, f.participant("ivanova"), new Posting.Form("public", "", "against", "Против", "", null));

        Content edited = new Content("/documents/roadmap-2026", "roadmap-2026", NodeKind.ITEM, null, Map.of(
                "title", "Дорожная карта на 2026 год", "body", "<h2>Цели</h2><p>" + GOAL.replace("80", "85")
                        + "</p><p>Сроки определит министерство отдельным приказом</p>"), null);
        DiscussionPage page = DiscussionPage.of(d, Optional.of(edited), "/documents/roadmap-2026.html",
                f.contributions.of(d.id()), f.viewer("ivanova"), f.posting, f.time);

        assertThat(page.documentTitle()).isEqualTo("Дорожная карта на 2026 год");
        assertThat(page.draftBody()).as("a published document is read on its own page").isEmpty();
        DiscussionPage draft = DiscussionPage.of(d, Optional.of(edited), "", f.contributions.of(d.id()),
                f.viewer("ivanova"), f.posting, f.time);
        assertThat(draft.draftBody()).as("a draft made public for discussion is read on the discussion page")
                .contains("Сроки определит министерство");
        assertThat(page.open()).isTrue();
        assertThat(page.phase()).isEqualTo("Идёт обсуждение до 16 марта 2026 г., 10:00");
        assertThat(page.tracks()).containsExactly(
                new DiscussionPage.TrackView("public", "Общественное обсуждение", ""),
                new DiscussionPage.TrackView("expert", "Экспертное обсуждение",
                        "Экспертная часть открыта только действующим экспертам регионального реестра."));
        assertThat(page.sections()).containsExactly(
                new DiscussionPage.SectionView(sections.get(0).anchor(), sections.get(0).title(),
                        GOAL.replace("80", "85"), true),
                new DiscussionPage.SectionView(sections.get(1).anchor(), sections.get(1).title(), TERMS, false));
        assertThat(page.stances()).containsExactly(new DiscussionPage.StanceCount("За", 1),
                new DiscussionPage.StanceCount("Нейтрально", 0), new DiscussionPage.StanceCount("Против", 0));
        assertThat(page.shown()).as("the pending one is not counted").isEqualTo(1);
        assertThat(page.threads()).hasSize(2);
        assertThat(page.threads().get(0).section()).isEqualTo(sections.get(0).title());

        DiscussionPage anonymous = DiscussionPage.of(d, Optional.empty(), "", f.contributions.of(d.id()),
                Viewer.ANONYMOUS, f.posting, f.time);
        assertThat(anonymous.documentTitle()).isEqualTo("Дорожная карта");
        assertThat(anonymous.threads()).hasSize(1);
        assertThat(anonymous.tracks()).extracting(DiscussionPage.TrackView::allowed).containsOnly(false);
        assertThat(anonymous.sections()).extracting(DiscussionPage.SectionView::found).containsOnly(false);
    }

    @Test
    void aClosedDiscussionSaysWhenItEnded() {
        Discussion d = f.discussions.close(f.open(Track.PUBLIC).id());
        f.clock.advance(Duration.ofDays(1));
        DiscussionPage page = DiscussionPage.of(d, Optional.empty(), "", List.of(), f.participant("ivanova"),
                f.posting, f.time);
        assertThat(page.open()).isFalse();
        assertThat(page.phase()).isEqualTo("Обсуждение завершено 2 марта 2026 г., 10:00");
        assertThat(page.tracks()).singleElement().extracting(DiscussionPage.TrackView::refusal)
                .isEqualTo("Обсуждение завершено 2 марта 2026 г., 10:00; новые сообщения не принимаются.");
    }
}
