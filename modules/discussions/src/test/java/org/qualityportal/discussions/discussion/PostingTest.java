package org.qualityportal.discussions.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityportal.discussions.DiscussionFixture.form;
import static org.qualityportal.discussions.DiscussionFixture.reply;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.discussions.DiscussionFixture;
import org.qualityportal.discussions.DiscussionsProperties;
import org.qualityportal.discussions.RecordingAudit;
import org.qualityportal.discussions.web.Viewer;

/** Posting, replying, editing, withdrawing and reporting, on a real Oak with a clock the test moves. */
class PostingTest {
    private final DiscussionFixture f = new DiscussionFixture();
    private final Discussion d = f.open(Track.PUBLIC, Track.EXPERT);
    private final Viewer ivanova = f.participant("ivanova");

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aNewParticipantIsPreModeratedUntilTrustedAfterPublished() {
        Contribution first = f.posted(d, ivanova, form("Предлагаю добавить раздел о наставничестве."));
        assertThat(first.status()).isEqualTo(ContributionStatus.PENDING);
        assertThat(first.authorName()).isEqualTo("Имя ivanova");
        assertThat(f.events.published).isEmpty();
        assertThat(f.audit.last()).isEqualTo(new RecordingAudit.Entry("ivanova", "CONTRIBUTION_POSTED",
                "Сообщение в обсуждении", "/discussions/" + d.id() + "#c-" + first.id(),
                "Общественное обсуждение, на премодерации"));

        Contribution stillPending = f.posted(d, ivanova, form("И ещё о сроках мониторинга."));
        assertThat(stillPending.status()).as("pending ones do not count").isEqualTo(ContributionStatus.PENDING);

        f.moderation.approve(first.id(), "moderator");
        f.events.published.clear();
        Contribution trusted = f.posted(d, ivanova, form("Спасибо за ответ, уточню формулировку."));
        assertThat(trusted.status()).isEqualTo(ContributionStatus.PUBLISHED);
        assertThat(f.events.published).containsExactly(trusted.id());
        assertThat(f.audit.last().detail()).isEqualTo("Общественное обсуждение");
    }

    @Test
    void staffAndExpertsArePostModeratedFromTheirFirstContribution() {
        for (Viewer v : new Viewer[] {f.expert("petrov"), f.person("editor1", "participant", "editor"),
                f.person("moder1", "participant", "moderator")}) {
            Contribution c = f.posted(d, v, form("Первое сообщение от " + v.login()));
            assertThat(c.status()).as(v.login()).isEqualTo(ContributionStatus.PUBLISHED);
        }
        assertThat(f.events.published).hasSize(3);
    }

    @Test
    void aHigherTrustThresholdNeedsMorePublishedContributions() {
        DiscussionsProperties p = DiscussionsProperties.defaults();
        try (DiscussionFixture strict = new DiscussionFixture(new DiscussionsProperties(p.timeZone(), p.editWindow(),
                p.rateLimit(), p.rateWindow(), 2, p.smallGroup(), p.maxLength(), p.reminderBefore(), p.mail()))) {
            Discussion sd = strict.open(Track.PUBLIC);
            Viewer v = strict.participant("ivanova");
            strict.moderation.approve(strict.posted(sd, v, form("Раз")).id(), "m");
            Contribution second = strict.posted(sd, v, form("Два"));
            assertThat(second.status()).isEqualTo(ContributionStatus.PENDING);
            strict.moderation.approve(second.id(), "m");
            assertThat(strict.posted(sd, v, form("Три")).status()).isEqualTo(ContributionStatus.PUBLISHED);
        }
    }

    @Test
    void repliesNestAtMostMaxDepthAndAReplyToTheDeepestJoinsItsThread() {
        Viewer moder = f.person("moder1", "participant", "moderator");
        Contribution root = f.posted(d, moder, form("Комментарий"));
        Contribution r1 = f.posted(d, moder, reply(root.id(), "Ответ 1"));
        Contribution r2 = f.posted(d, moder, reply(r1.id(), "Ответ 2"));
        Contribution r3 = f.posted(d, moder, reply(r2.id(), "Ответ 3"));

        assertThat(Posting.MAX_DEPTH).isEqualTo(2);
        assertThat(root.depth()).isZero();
        assertThat(root.parentId()).isNull();
        assertThat(r1.depth()).isEqualTo(1);
        assertThat(r1.parentId()).isEqualTo(root.id());
        assertThat(r2.depth()).isEqualTo(2);
        assertThat(r2.parentId()).isEqualTo(r1.id());
        assertThat(r3.depth()).isEqualTo(Posting.MAX_DEPTH);
        assertThat(r3.parentId()).as("the deepest's parent").isEqualTo(r2.parentId());
    }

    @Test
    void aReplyInheritsTrackAndAnchorFromItsParent() {
        Viewer petrov = f.expert("petrov");
        Contribution root = f.posted(d, petrov, new Posting.Form("expert", "s-goals", "against", "Цели размыты.", "", null));
        Contribution answer = f.posted(d, f.expert("smirnova"),
                new Posting.Form("public", "s-terms", "for", "Согласна.", "", root.id()));
        assertThat(answer.track()).isEqualTo(Track.EXPERT);
        assertThat(answer.anchor()).isEqualTo("s-goals");
        assertThat(answer.stance()).isEqualTo(Stance.FOR);

        Posting.Outcome participant = f.post(d, ivanova, reply(root.id(), "А я не эксперт"));
        assertThat(participant.problem()).isEqualTo(Posting.Problem.FORBIDDEN);
        assertThat(participant.errors()).containsEntry("text",
                "Экспертная часть открыта только действующим экспертам регионального реестра.");
    }

    @Test
    void mistakesComeBackAsRussianFieldErrorsAndNothingIsStored() {
        assertInvalid(new Posting.Form("public", "s-nowhere", "for", "Текст", "", null),
                Map.of("anchor", "Такого раздела в обсуждении нет."));
        assertInvalid(new Posting.Form("forum", "", "for", "Текст", "", null), Map.of("track", "Выберите часть обсуждения."));
        assertInvalid(new Posting.Form(null, "", "for", "Текст", "", null), Map.of("track", "Выберите часть обсуждения."));
        assertInvalid(new Posting.Form("public", "", "maybe", "Текст", "", null),
                Map.of("stance", "Выберите позицию: за, нейтрально или против."));
        assertInvalid(form(" \n\t \u0000"), Map.of("text", "Напишите текст сообщения."));
        assertInvalid(form("я".repeat(5001)), Map.of("text", "Сообщение длиннее 5000 знаков: сократите его."));
        assertInvalid(new Posting.Form("public", "", "for", "Текст", "м".repeat(201), null),
                Map.of("municipality", "Не длиннее 200 знаков."));
        assertInvalid(new Posting.Form("public", "s-nowhere", "", "", "", null), Map.of(
                "text", "Напишите текст сообщения.", "stance", "Выберите позицию: за, нейтрально или против.",
                "anchor", "Такого раздела в обсуждении нет."));
        assertInvalid(reply("20260302-nothing", "Ответ"), Map.of("text", "Сообщение, на которое вы отвечаете, не найдено."));

        assertThat(f.posted(d, ivanova, form("я".repeat(5000))).text()).hasSize(5000);
    }

    @Test
    void aReplyToAContributionOfAnotherDiscussionIsNotFound() {
        Discussion other = f.open(Track.PUBLIC);
        Contribution there = f.posted(other, f.expert("petrov"), form("В другом обсуждении"));
        assertInvalid(reply(there.id(), "Ответ"), Map.of("text", "Сообщение, на которое вы отвечаете, не найдено."));
    }

    @Test
    void onlyAPublishedContributionTakesReplies() {
        Contribution pending = f.posted(d, ivanova, form("Моё первое сообщение"));
        Viewer petrov = f.expert("petrov");
        Contribution hidden = f.posted(d, petrov, form("Будет скрыто"));
        f.moderation.hide(hidden.id(), "Оскорбления", "moder1");
        Contribution withdrawn = f.posted(d, petrov, form("Будет отозвано"));
        f.posting.withdraw(d, withdrawn, petrov);

        for (Contribution parent : new Contribution[] {pending, hidden, withdrawn}) {
            Posting.Outcome outcome = f.post(d, ivanova, reply(parent.id(), "Дополнение к " + parent.text()));
            assertThat(outcome.problem()).as(parent.text()).isEqualTo(Posting.Problem.INVALID);
            assertThat(outcome.errors()).containsExactly(
                    Map.entry("text", "Ответить можно только на опубликованное сообщение."));
        }
        assertThat(f.contributions.byAuthor("ivanova")).containsExactly(pending);
    }

    @Test
    void theRateLimitRefusesTooManyWithinTheWindowAndLetsThroughAfterIt() {
        for (int i = 1; i <= 5; i++) {
            f.clock.advance(Duration.ofMinutes(1));
            assertThat(f.posting.post(d, ivanova, form("Сообщение номер " + i)).ok()).isTrue();
        }
        f.clock.advance(Duration.ofMinutes(1));
        Posting.Outcome sixth = f.posting.post(d, ivanova, form("Сообщение номер 6"));
        assertThat(sixth.problem()).isEqualTo(Posting.Problem.TOO_FAST);
        assertThat(sixth.errors()).containsExactly(Map.entry("text",
                "Слишком много сообщений подряд: не больше 5 за 10 мин. Попробуйте немного позже."));
        assertThat(f.contributions.byAuthor("ivanova")).hasSize(5);

        assertThat(f.posting.post(d, f.participant("petrova"), form("Другой автор")).ok()).as("per author").isTrue();

        f.clock.advance(Duration.ofMinutes(5));
        assertThat(f.posting.post(d, ivanova, form("Сообщение номер 6")).ok()).isTrue();
    }

    @Test
    void theSameTextTwiceIsRefusedUntilTheFirstIsWithdrawn() {
        Contribution original = f.posted(d, ivanova, form("Предлагаю добавить пункт о наставничестве."));
        Posting.Outcome again = f.post(d, ivanova, form("  предлагаю, добавить пункт о НАСТАВНИЧЕСТВЕ!!! "));
        assertThat(again.problem()).isEqualTo(Posting.Problem.INVALID);
        assertThat(again.errors()).containsExactly(Map.entry("text", "Такое сообщение вы уже отправляли в этом обсуждении."));

        assertThat(f.post(d, f.participant("petrova"), form("Предлагаю добавить пункт о наставничестве.")).ok())
                .as("another author").isTrue();
        assertThat(f.post(f.open(Track.PUBLIC), ivanova, form("Предлагаю добавить пункт о наставничестве.")).ok())
                .as("another discussion").isTrue();

        assertThat(f.posting.withdraw(d, original, ivanova)).isTrue();
        assertThat(f.post(d, ivanova, form("Предлагаю добавить пункт о наставничестве!")).ok()).isTrue();
    }

    @Test
    void theAuthorEditsWithinTheWindowOnly() {
        Contribution c = f.posted(d, ivanova, form("Черновик предложения"));
        f.clock.advance(Duration.ofMinutes(10));
        Posting.Outcome edited = f.posting.edit(d, c, ivanova, "Предложение\u0007 поправлено", "against");
        assertThat(edited.ok()).isTrue();
        Contribution stored = f.reload(c);
        assertThat(stored.text()).isEqualTo("Предложение поправлено");
        assertThat(stored.stance()).isEqualTo(Stance.AGAINST);
        assertThat(stored.edited()).isEqualTo(f.clock.instant());
        assertThat(stored.status()).isEqualTo(ContributionStatus.PENDING);
        assertThat(f.audit.last().action()).isEqualTo("CONTRIBUTION_EDITED");

        Posting.Outcome empty = f.posting.edit(d, stored, ivanova, "   ", "for");
        assertThat(empty.errors()).containsEntry("text", "Напишите текст сообщения.");
        assertThat(f.reload(c).text()).isEqualTo("Предложение поправлено");

        Posting.Outcome stranger = f.posting.edit(d, stored, f.participant("petrova"), "Чужая правка", "for");
        assertThat(stranger.problem()).isEqualTo(Posting.Problem.FORBIDDEN);
        assertThat(stranger.errors()).containsEntry("text", "Изменить сообщение может только его автор.");
        assertThat(f.posting.edit(d, stored, Viewer.ANONYMOUS, "Аноним", "for").errors())
                .containsEntry("text", "Изменить сообщение может только его автор.");

        f.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(f.posting.edit(d, stored, ivanova, "Поздно", "for").errors())
                .containsEntry("text", "Изменить сообщение можно в течение 15 мин после отправки.");
        assertThat(f.reload(c).text()).isEqualTo("Предложение поправлено");
    }

    @Test
    void nothingIsEditedOrWithdrawnAfterTheDiscussionCloses() {
        Contribution c = f.posted(d, ivanova, form("Успею?"));
        Discussion closed = f.discussions.close(d.id());
        assertThat(f.posting.edit(closed, c, ivanova, "Не успела", "for").errors())
                .containsEntry("text", "Обсуждение завершено; сообщения больше не меняются.");
        assertThat(f.posting.withdraw(closed, c, ivanova)).isFalse();
        assertThat(f.reload(c).status()).isEqualTo(ContributionStatus.PENDING);
        assertThat(f.post(closed, ivanova, form("Новое")).problem()).isEqualTo(Posting.Problem.FORBIDDEN);
    }

    @Test
    void withdrawingKeepsTheTextAndOnlyTheAuthorMayDoItOnce() {
        Contribution c = f.posted(d, ivanova, form("Беру свои слова назад"));
        assertThat(f.posting.withdraw(d, c, f.participant("petrova"))).isFalse();
        assertThat(f.posting.withdraw(d, c, ivanova)).isTrue();
        Contribution stored = f.reload(c);
        assertThat(stored.status()).isEqualTo(ContributionStatus.WITHDRAWN);
        assertThat(stored.text()).isEqualTo("Беру свои слова назад");
        assertThat(f.posting.withdraw(d, stored, ivanova)).isFalse();
        assertThat(f.posting.editRefusal(d, stored, ivanova)).contains("Это сообщение уже нельзя изменить: отозвано автором.");
    }

    @Test
    void eachReaderIsCountedOnceWhenReporting() {
        Contribution c = f.posted(d, f.expert("petrov"), form("Спорное утверждение"));
        Viewer a = f.participant("reader1");
        Viewer b = f.participant("reader2");
        f.posting.report(d, c, a);
        f.posting.report(d, c, a);
        f.posting.report(d, c, b);
        assertThat(f.reload(c).reports()).isEqualTo(2);
        assertThat(f.moderation.reported()).extracting(Contribution::id).containsExactly(c.id());
    }

    @Test
    void onlySomeoneElsesPublishedContributionCanBeReported() {
        Viewer author = f.expert("petrov");
        Contribution c = f.posted(d, author, form("Моё сообщение"));
        assertThat(f.posting.report(d, c, author)).isFalse();
        Contribution pending = f.posted(d, f.participant("newcomer"), form("Ждёт модерации"));
        assertThat(pending.status()).isEqualTo(ContributionStatus.PENDING);
        assertThat(f.posting.report(d, pending, f.participant("reader1"))).isFalse();
        assertThat(f.reload(c).reports()).isZero();
        assertThat(f.reload(pending).reports()).isZero();
        assertThat(f.moderation.reported()).isEmpty();
    }

    @Test
    void everyActionIsAuditedWithItsCode() {
        Viewer petrov = f.expert("petrov");
        Contribution c = f.posted(d, petrov, form("Для аудита"));
        f.posting.edit(d, c, petrov, "Для аудита, исправлено", "for");
        f.posting.report(d, c, f.participant("reader1"));
        f.posting.withdraw(d, c, petrov);
        f.post(d, ivanova, form(""));

        assertThat(f.audit.actions()).containsExactly("CONTRIBUTION_POSTED", "CONTRIBUTION_EDITED",
                "CONTRIBUTION_REPORTED", "CONTRIBUTION_WITHDRAWN");
        assertThat(f.audit.entries).extracting(RecordingAudit.Entry::user)
                .containsExactly("petrov", "petrov", "reader1", "petrov");
        assertThat(f.audit.entries).extracting(RecordingAudit.Entry::path)
                .containsOnly("/discussions/" + d.id() + "#c-" + c.id());
    }

    private void assertInvalid(Posting.Form form, Map<String, String> errors) {
        int audited = f.audit.entries.size();
        Posting.Outcome outcome = f.post(d, ivanova, form);
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.contribution()).isNull();
        assertThat(outcome.problem()).isEqualTo(Posting.Problem.INVALID);
        assertThat(outcome.errors()).containsExactlyInAnyOrderEntriesOf(errors);
        assertThat(f.contributions.of(d.id())).isEmpty();
        assertThat(f.audit.entries).hasSize(audited);
    }
}
