package org.qualityportal.discussions.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityportal.discussions.DiscussionFixture.form;
import static org.qualityportal.discussions.DiscussionFixture.reply;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.discussions.DiscussionFixture;
import org.qualityportal.discussions.RecordingAudit;
import org.qualityportal.discussions.web.ThreadView;
import org.qualityportal.discussions.web.Viewer;

/** The moderators' decisions, and what readers then see in the threads. */
class ModerationTest {
    private final DiscussionFixture f = new DiscussionFixture();
    private final Discussion d = f.open(Track.PUBLIC);
    private final Viewer ivanova = f.participant("ivanova");
    private final Viewer petrov = f.expert("petrov");

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void approvingPublishesAPendingContributionOnceAndAnnouncesIt() {
        Contribution c = f.posted(d, ivanova, form("Жду проверки"));
        assertThat(f.moderation.pending()).extracting(Contribution::id).containsExactly(c.id());

        assertThat(f.moderation.approve(c.id(), "moder1")).get()
                .extracting(Contribution::status).isEqualTo(ContributionStatus.PUBLISHED);
        assertThat(f.reload(c).status()).isEqualTo(ContributionStatus.PUBLISHED);
        assertThat(f.events.published).containsExactly(c.id());
        assertThat(f.audit.last()).isEqualTo(new RecordingAudit.Entry("moder1", "CONTRIBUTION_APPROVED",
                "Сообщение одобрено", "/discussions/" + d.id() + "#c-" + c.id(), ""));
        assertThat(f.moderation.pending()).isEmpty();

        assertThat(f.moderation.approve(c.id(), "moder1")).as("already decided").isEmpty();
        assertThat(f.moderation.approve("20260302-none", "moder1")).isEmpty();
        assertThat(f.events.published).hasSize(1);
    }

    @Test
    void rejectingKeepsTheTextAndTheReasonAndAnnouncesNothing() {
        Contribution c = f.posted(d, ivanova, form("Купите наши учебники!"));
        assertThat(f.moderation.reject(c.id(), "Реклама", "moder1")).isPresent();
        Contribution stored = f.reload(c);
        assertThat(stored.status()).isEqualTo(ContributionStatus.REJECTED);
        assertThat(stored.moderation()).isEqualTo("Реклама");
        assertThat(stored.text()).isEqualTo("Купите наши учебники!");
        assertThat(f.audit.last().action()).isEqualTo("CONTRIBUTION_REJECTED");
        assertThat(f.audit.last().detail()).isEqualTo("Реклама");
        assertThat(f.events.published).isEmpty();
        assertThat(f.moderation.approve(c.id(), "moder1")).as("a rejected one stays rejected").isEmpty();
    }

    @Test
    void onlyPublishedContributionsAreHidden() {
        Contribution pending = f.posted(d, ivanova, form("Ещё не проверено"));
        assertThat(f.moderation.hide(pending.id(), "Оскорбления", "moder1")).isEmpty();
        assertThat(f.reload(pending).status()).isEqualTo(ContributionStatus.PENDING);
        assertThat(f.moderation.reject(f.posted(d, petrov, form("Опубликовано")).id(), "x", "moder1"))
                .as("reject is for pending ones").isEmpty();

        Contribution shown = f.posted(d, petrov, form("Резкое высказывание"));
        assertThat(f.moderation.hide(shown.id(), "Оскорбления", "moder1")).isPresent();
        Contribution stored = f.reload(shown);
        assertThat(stored.status()).isEqualTo(ContributionStatus.HIDDEN);
        assertThat(stored.moderation()).isEqualTo("Оскорбления");
        assertThat(stored.text()).isEqualTo("Резкое высказывание");
        assertThat(f.audit.last()).extracting(RecordingAudit.Entry::action, RecordingAudit.Entry::detail)
                .containsExactly("CONTRIBUTION_HIDDEN", "Оскорбления");
    }

    @Test
    void keepingClearsTheReportsAndLaterReportsCountAfresh() {
        Contribution c = f.posted(d, petrov, form("Спорное"));
        f.posting.report(d, c, f.participant("reader1"));
        f.posting.report(d, c, f.participant("reader2"));
        assertThat(f.moderation.reported()).extracting(Contribution::reports).containsExactly(2);

        assertThat(f.moderation.keep(c.id(), "moder1")).isPresent();
        assertThat(f.reload(c).reports()).isZero();
        assertThat(f.reload(c).status()).isEqualTo(ContributionStatus.PUBLISHED);
        assertThat(f.moderation.reported()).isEmpty();
        assertThat(f.audit.last().action()).isEqualTo("REPORTS_DISMISSED");

        f.posting.report(d, c, f.participant("reader3"));
        assertThat(f.reload(c).reports()).as("one new report after the moderator looked").isEqualTo(1);
    }

    @Test
    void blockingAndUnblockingAreAuditedOnce() {
        f.moderation.block("ivanova", "Спам", "moder1");
        f.moderation.block("ivanova", "Спам ещё раз", "moder1");
        assertThat(f.blocks.all()).extracting(Blocks.Block::login, Blocks.Block::reason, Blocks.Block::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ivanova", "Спам", "moder1"));
        assertThat(f.post(d, ivanova, form("Можно?")).errors()).containsEntry("text",
                "Модератор заблокировал вашу учётную запись для обсуждений: Спам");

        assertThat(f.moderation.unblock("ivanova", "moder1")).isTrue();
        assertThat(f.moderation.unblock("ivanova", "moder1")).isFalse();
        assertThat(f.blocks.of("ivanova")).isEmpty();
        assertThat(f.audit.actions()).containsExactly("PARTICIPANT_BLOCKED", "PARTICIPANT_BLOCKED",
                "PARTICIPANT_UNBLOCKED");
        assertThat(f.audit.entries.get(0).path()).isEqualTo("/users/ivanova");
        assertThat(f.post(d, ivanova, form("Можно?")).ok()).isTrue();
    }

    @Test
    void aHiddenContributionKeepsItsRepliesUnderAPlaceholder() {
        Contribution root = f.posted(d, petrov, form("Резкое высказывание"));
        Contribution answer = f.posted(d, f.expert("smirnova"), reply(root.id(), "Не соглашусь, но по существу"));
        f.moderation.hide(root.id(), "оскорбления", "moder1");

        List<ThreadView.Item> threads = threads(Viewer.ANONYMOUS);
        assertThat(threads).hasSize(1);
        ThreadView.Item hidden = threads.get(0);
        assertThat(hidden.placeholder()).isEqualTo("Сообщение скрыто модератором: оскорбления");
        assertThat(hidden.html()).isEmpty();
        assertThat(hidden.author()).isEmpty();
        assertThat(hidden.canReply()).isFalse();
        assertThat(hidden.replies()).extracting(ThreadView.Item::id).containsExactly(answer.id());
        assertThat(hidden.replies().get(0).html()).isEqualTo("<p>Не соглашусь, но по существу</p>");
        assertThat(hidden.replies().get(0).author()).isEqualTo("Имя smirnova");
    }

    @Test
    void pendingOnesAreShownOnlyToTheirAuthorAndRejectedOnesToNoOne() {
        Contribution shown = f.posted(d, petrov, form("Опубликовано"));
        Contribution pending = f.posted(d, ivanova, form("На проверке"));
        Contribution rejected = f.posted(d, f.participant("spammer"), form("Реклама"));
        f.moderation.reject(rejected.id(), "Реклама", "moder1");
        Contribution withdrawn = f.posted(d, petrov, form("Передумал"));
        f.posting.withdraw(d, withdrawn, petrov);

        assertThat(ids(threads(Viewer.ANONYMOUS))).containsExactly(shown.id(), withdrawn.id());
        assertThat(ids(threads(f.viewer("petrov")))).containsExactly(shown.id(), withdrawn.id());
        assertThat(ids(threads(f.viewer("spammer")))).containsExactly(shown.id(), withdrawn.id());
        List<ThreadView.Item> own = threads(ivanova);
        assertThat(ids(own)).containsExactly(shown.id(), pending.id(), withdrawn.id());
        ThreadView.Item mine = own.get(1);
        assertThat(mine.html()).isEqualTo("<p>На проверке</p>");
        assertThat(mine.placeholder()).isEqualTo("Ваше сообщение на модерации: другие увидят его после проверки.");
        assertThat(mine.canEdit()).isTrue();
        assertThat(own.get(2).placeholder()).isEqualTo("Сообщение отозвано автором.");
        assertThat(own.get(2).html()).isEmpty();
    }

    private List<ThreadView.Item> threads(Viewer viewer) {
        return ThreadView.threads(d, f.contributions.of(d.id()), viewer, f.posting, f.time);
    }

    private static List<String> ids(List<ThreadView.Item> items) {
        return items.stream().map(ThreadView.Item::id).toList();
    }
}
