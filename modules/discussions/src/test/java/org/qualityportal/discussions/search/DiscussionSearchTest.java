package org.qualityportal.discussions.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityportal.discussions.DiscussionFixture.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.api.SearchEntry;
import org.qualityportal.discussions.DiscussionFixture;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Track;
import org.qualityportal.discussions.registry.Directory;
import org.qualityportal.discussions.web.Viewer;

/** What the search is given of a discussion, and when it is told to look again. */
class DiscussionSearchTest {
    private final DiscussionFixture f = new DiscussionFixture();
    private final DiscussionSearch search = new DiscussionSearch(f.discussions, f.contributions, new Directory(f.store), f.time);
    private final List<String> changed = new ArrayList<>();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anEntryCarriesThePageAndOnlyThePublishedContributions() {
        search.onChange(changed::add);
        Discussion d = f.open(Track.PUBLIC, Track.EXPERT);
        String path = "/discussions/" + d.id();
        assertThat(changed).containsExactly(path);

        Viewer expert = f.expert("petrov");
        Contribution published = f.posted(d, expert, form("Показатели мониторинга стоит сократить"));
        Contribution pending = f.posted(d, f.participant("ivanova"), form("Прошу учесть сельские малокомплектные школы"));
        Contribution hidden = f.posted(d, f.expert("sidorov"), form("Грубое сообщение без сути"));
        int before = changed.size();
        f.moderation.hide(hidden.id(), "Оскорбления", "moder1");
        assertThat(changed).as("told of the hiding").hasSize(before + 1);

        SearchEntry entry = search.find(path).orElseThrow();
        assertThat(entry.url()).isEqualTo(path);
        assertThat(entry.type()).isEqualTo("discussion");
        assertThat(entry.typeLabel()).isEqualTo("Обсуждение");
        assertThat(entry.title()).isEqualTo("Дорожная карта 2026");
        assertThat(entry.date()).isEqualTo(LocalDate.ofInstant(d.opens(), f.time.zone()));
        assertThat(entry.body()).contains(published.text(), d.sections().get(0).title())
                .doesNotContain(pending.text()).doesNotContain(hidden.text());
        assertThat(changed).as("told of every post, only of this discussion").hasSizeGreaterThanOrEqualTo(5).containsOnly(path);

        f.moderation.approve(pending.id(), "moder1");
        assertThat(search.find(path).orElseThrow().body()).contains(pending.text());
        assertThat(search.all()).extracting(SearchEntry::path).containsExactly(path);
    }

    @Test
    void pathsOutsideDiscussionsAndUnknownIdsHaveNoEntry() {
        f.open(Track.PUBLIC);
        assertThat(search.find("/documents/roadmap-2026")).isEmpty();
        assertThat(search.find("/discussions/not-an-id")).isEmpty();
    }
}
