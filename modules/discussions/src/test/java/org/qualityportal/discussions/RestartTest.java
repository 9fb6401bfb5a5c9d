package org.qualityportal.discussions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.api.Account;
import org.qualityportal.content.oak.OakContentStore;
import org.qualityportal.discussions.discussion.Blocks;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.ContributionStatus;
import org.qualityportal.discussions.discussion.Contributions;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Discussions;
import org.qualityportal.discussions.discussion.Moderation;
import org.qualityportal.discussions.discussion.Posting;
import org.qualityportal.discussions.discussion.Track;
import org.qualityportal.discussions.registry.Expert;
import org.qualityportal.discussions.registry.ExpertRegistry;
import org.qualityportal.discussions.registry.ExpertStatus;
import org.qualityportal.discussions.results.Disposition;
import org.qualityportal.discussions.review.Assignment;
import org.qualityportal.discussions.review.Evaluation;
import org.qualityportal.discussions.review.EvaluationForm;
import org.qualityportal.discussions.review.Reviews;
import org.qualityportal.discussions.review.Verdict;
import org.qualityportal.discussions.web.Viewer;

/** Everything the module keeps is still there, unchanged, after the repository is closed and opened again. */
class RestartTest {
    private static final EvaluationForm FORM = new EvaluationForm("Оценка проекта", List.of(
            criterion("relevance", "Актуальность"), criterion("clarity", "Ясность")));

    @TempDir
    Path repository;

    private final ModuleTime time = new ModuleTime(Clock.system(TestClock.MOSCOW));
    private final InMemoryAccounts accounts = new InMemoryAccounts();

    /** The module's stores over one repository, as the application would build them at start. */
    private final class Module implements AutoCloseable {
        final OakContentStore store;
        final Discussions discussions;
        final Contributions contributions;
        final ExpertRegistry registry;
        final Reviews reviews;
        final Posting posting;
        final Moderation moderation;

        Module() throws IOException {
            store = OakContentStore.segmentTar(repository);
            discussions = new Discussions(store, time);
            contributions = new Contributions(store, time);
            registry = new ExpertRegistry(store, accounts, time);
            reviews = new Reviews(store, time);
            Blocks blocks = new Blocks(store);
            RecordingEvents events = new RecordingEvents();
            RecordingAudit audit = new RecordingAudit();
            posting = new Posting(discussions, contributions, blocks, registry, accounts, audit,
                    DiscussionsProperties.defaults(), time, events);
            moderation = new Moderation(discussions, contributions, blocks, audit, events);
        }

        @Override
        public void close() {
            store.close();
        }
    }

    @Test
    void nothingIsLostOnRestart() throws IOException {
        List<Expert> experts;
        List<Discussion> discussions;
        List<Contribution> contributions;
        List<Assignment> assignments;
        List<Evaluation> evaluations;
        String discussionId;
        try (Module m = new Module()) {
            accounts.person("petrov", "Пётр Петров", "petrov@example.ru", Account.PARTICIPANT);
            accounts.person("ivanova", "Мария Иванова", "ivanova@example.ru", Account.PARTICIPANT);
            Expert petrov = m.registry.approve(m.registry.apply(accounts.find("petrov").orElseThrow(),
                    DiscussionFixture.application()).id(), "moder1");
            Instant now = time.now();
            Discussion d = m.discussions.open("/documents/roadmap-2026", "Дорожная карта «2026»",
                    now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(14)), Set.of(Track.PUBLIC, Track.EXPERT),
                    DiscussionFixture.SECTIONS, now.plus(Duration.ofDays(21)), "editor1");
            discussionId = d.id();
            Viewer expert = new Viewer("petrov", Set.of(Account.PARTICIPANT, Account.EXPERT));
            Viewer participant = new Viewer("ivanova", Set.of(Account.PARTICIPANT));

            Contribution pending = post(m, d, participant, new Posting.Form("public", "s-goals", "against",
                    "Цели **размыты**:\n- сроки\n- ответственные", "/municipalities/miass", null));
            Contribution kept = post(m, d, expert, new Posting.Form("expert", "s-terms", "for", "Сроки реальны.", "", null));
            Contribution hidden = post(m, d, expert, new Posting.Form("", "", "neutral", "Резкий ответ", "", kept.id()));
            Contribution withdrawn = post(m, d, expert, new Posting.Form("public", "", "neutral", "Передумал", "", null));
            m.moderation.hide(hidden.id(), "Оскорбления", "moder1");
            m.posting.withdraw(d, withdrawn, expert);
            m.contributions.dispose(kept.id(), Disposition.PARTIAL, "Срок сдвинут на квартал", "/documents/roadmap-2026-v2");
            m.posting.report(d, kept, participant);

            m.reviews.assign(d.id(), petrov.login(), now.plus(Duration.ofDays(20)), "editor1");
            m.reviews.declareConflict(d.id(), "nobody", "");
            assertThat(m.reviews.submit(d, "petrov", Map.of("relevance", "3", "clarity", "2"),
                    Map.of("relevance", "Отвечает задачам региона", "clarity", "Есть неясности = вопросы"),
                    "with_changes", "Доработать раздел «Сроки»", FORM)).isEmpty();

            experts = m.registry.all();
            discussions = m.discussions.all();
            contributions = m.contributions.all();
            assignments = m.reviews.assignments(d.id());
            evaluations = m.reviews.evaluations(d.id());

            assertThat(contributions).extracting(Contribution::status).containsExactly(ContributionStatus.PENDING,
                    ContributionStatus.PUBLISHED, ContributionStatus.HIDDEN, ContributionStatus.WITHDRAWN);
            assertThat(pending.id()).isEqualTo(contributions.get(0).id());
        }

        try (Module m = new Module()) {
            assertThat(m.registry.all()).isEqualTo(experts);
            assertThat(m.discussions.all()).isEqualTo(discussions);
            assertThat(m.contributions.all()).isEqualTo(contributions);
            assertThat(m.reviews.assignments(discussionId)).isEqualTo(assignments);
            assertThat(m.reviews.evaluations(discussionId)).isEqualTo(evaluations);
        }

        Expert petrov = experts.get(0);
        assertThat(petrov.status()).isEqualTo(ExpertStatus.ACTIVE);
        assertThat(petrov.areas()).containsExactly("1.1", "2.3");
        Discussion d = discussions.get(0);
        assertThat(d.title()).isEqualTo("Дорожная карта «2026»");
        assertThat(d.tracks()).containsExactlyInAnyOrder(Track.PUBLIC, Track.EXPERT);
        assertThat(d.sections()).isEqualTo(DiscussionFixture.SECTIONS);
        Contribution pending = contributions.get(0);
        assertThat(pending.text()).isEqualTo("Цели **размыты**:\n- сроки\n- ответственные");
        assertThat(pending.municipality()).isEqualTo("/municipalities/miass");
        assertThat(pending.anchor()).isEqualTo("s-goals");
        Contribution kept = contributions.get(1);
        assertThat(kept.disposition()).isEqualTo(Disposition.PARTIAL);
        assertThat(kept.dispositionReason()).isEqualTo("Срок сдвинут на квартал");
        assertThat(kept.dispositionLink()).isEqualTo("/documents/roadmap-2026-v2");
        assertThat(kept.reports()).isEqualTo(1);
        assertThat(contributions.get(2).moderation()).isEqualTo("Оскорбления");
        assertThat(contributions.get(2).parentId()).isEqualTo(kept.id());
        assertThat(contributions.get(3).text()).isEqualTo("Передумал");
        assertThat(assignments).singleElement().satisfies(a -> {
            assertThat(a.expert()).isEqualTo("petrov");
            assertThat(a.assignedBy()).isEqualTo("editor1");
        });
        Evaluation e = evaluations.get(0);
        assertThat(e.scores()).isEqualTo(Map.of("relevance", 3, "clarity", 2));
        assertThat(e.rationales()).containsEntry("clarity", "Есть неясности = вопросы");
        assertThat(e.verdict()).isEqualTo(Verdict.WITH_CHANGES);
        assertThat(e.comment()).isEqualTo("Доработать раздел «Сроки»");
    }

    private static Contribution post(Module m, Discussion d, Viewer viewer, Posting.Form form) {
        Posting.Outcome outcome = m.posting.post(d, viewer, form);
        assertThat(outcome.errors()).isEmpty();
        return outcome.contribution();
    }

    private static EvaluationForm.Criterion criterion(String id, String title) {
        return new EvaluationForm.Criterion(id, title, "", List.of(new EvaluationForm.Level(1, "низко"),
                new EvaluationForm.Level(2, "средне"), new EvaluationForm.Level(3, "высоко")));
    }
}
