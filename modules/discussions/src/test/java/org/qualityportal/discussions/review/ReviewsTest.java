package org.qualityportal.discussions.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.content.oak.OakContentStore;
import org.qualityportal.discussions.Fixtures;
import org.qualityportal.discussions.discussion.Discussion;

class ReviewsTest {
    static final Instant DUE = Fixtures.NOW.plusSeconds(86_400);
    static final Discussion OPEN = Fixtures.discussion(DUE);
    static final Discussion PAST = Fixtures.discussion(Fixtures.NOW.minusSeconds(1));
    static final EvaluationForm FORM = Fixtures.form();
    static final Map<String, String> SCORES = Map.of("legal-basis", "4", "clarity", "5");
    static final Map<String, String> REASONS = Map.of("legal-basis", "Ссылки актуальны.", "clarity", "Текст ясен.");

    final OakContentStore store = OakContentStore.inMemory();
    final Reviews reviews = new Reviews(store, Fixtures.time(Fixtures.NOW));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void assigningTwiceKeepsOneAssignment() {
        Assignment first = reviews.assign("d1", "ivanova", DUE, "editor");
        Assignment again = reviews.assign("d1", "ivanova", DUE, "editor");
        reviews.assign("d1", "petrov", DUE, "editor");
        reviews.assign("d2", "ivanova", DUE, "editor");

        assertThat(again).isEqualTo(first);
        assertThat(reviews.assignments("d1")).extracting(Assignment::expert).containsExactly("ivanova", "petrov");
        assertThat(first.due()).isEqualTo(DUE);
        assertThat(first.assignedBy()).isEqualTo("editor");
        assertThat(first.conflict()).isFalse();
    }

    @Test
    void assigningAgainWithAnotherDateMovesTheDeadline() {
        reviews.assign("d1", "ivanova", DUE, "editor");

        Assignment moved = reviews.assign("d1", "ivanova", DUE.plusSeconds(3600), "editor");

        assertThat(moved.due()).isEqualTo(DUE.plusSeconds(3600));
        assertThat(reviews.assignments("d1")).hasSize(1);
    }

    @Test
    void aDeclaredConflictRecusesAndBlocksSubmitting() {
        reviews.assign("d1", "ivanova", DUE, "editor");

        assertThat(reviews.declareConflict("d1", "ivanova", "Соавтор проекта")).isTrue();
        Map<String, String> errors = reviews.submit(OPEN, "ivanova", SCORES, REASONS, "recommend", "", FORM);

        Assignment a = reviews.assignment("d1", "ivanova").orElseThrow();
        assertThat(a.conflict()).isTrue();
        assertThat(a.conflictNote()).isEqualTo("Соавтор проекта");
        assertThat(errors).containsOnlyKeys("form");
        assertThat(errors.get("form")).contains("конфликте интересов");
        assertThat(reviews.evaluations("d1")).isEmpty();
        assertThat(reviews.declareConflict("d1", "nobody", "")).isFalse();
    }

    @Test
    void onlyAnAssignedExpertMaySubmit() {
        assertThat(reviews.submit(OPEN, "stranger", SCORES, REASONS, "recommend", "", FORM).get("form"))
                .isEqualTo("Вы не назначены экспертом по этому обсуждению.");
    }

    @Test
    void aCompleteEvaluationIsStored() {
        reviews.assign("d1", "ivanova", DUE, "editor");

        assertThat(reviews.submit(OPEN, "ivanova", SCORES, REASONS, "with_changes", "  Доработать раздел 2. ", FORM))
                .isEmpty();

        Evaluation e = reviews.evaluation("d1", "ivanova").orElseThrow();
        assertThat(e.scores()).isEqualTo(Map.of("legal-basis", 4, "clarity", 5));
        assertThat(e.rationales()).isEqualTo(REASONS);
        assertThat(e.verdict()).isEqualTo(Verdict.WITH_CHANGES);
        assertThat(e.comment()).isEqualTo("Доработать раздел 2.");
        assertThat(e.submitted()).isEqualTo(Fixtures.NOW);
    }

    @Test
    void everyMissingOrWrongFieldIsNamedInRussian() {
        reviews.assign("d1", "ivanova", DUE, "editor");

        Map<String, String> errors = reviews.submit(OPEN, "ivanova", Map.of("legal-basis", "7", "clarity", "хорошо"),
                Map.of("legal-basis", "x".repeat(3001), "clarity", "  "), "", "", FORM);

        assertThat(errors).containsOnlyKeys("score-legal-basis", "score-clarity", "rationale-legal-basis",
                "rationale-clarity", "verdict");
        assertThat(errors.get("score-legal-basis"))
                .isEqualTo("Оценка по критерию «Соответствие нормативной базе» — целое число от 1 до 5.");
        assertThat(errors.get("score-clarity")).contains("целое число от 1 до 5");
        assertThat(errors.get("rationale-legal-basis")).contains("длиннее 3000 знаков");
        assertThat(errors.get("rationale-clarity")).isEqualTo("Обоснуйте оценку по критерию «Ясность изложения».");
        assertThat(errors.get("verdict")).isEqualTo("Выберите итоговое заключение.");
        assertThat(reviews.evaluations("d1")).isEmpty();
    }

    @Test
    void aMissingScoreAndAnUnknownVerdictAreErrors() {
        reviews.assign("d1", "ivanova", DUE, "editor");

        Map<String, String> errors = reviews.submit(OPEN, "ivanova", Map.of("clarity", "3"), REASONS, "maybe", "", FORM);

        assertThat(errors).containsOnlyKeys("score-legal-basis", "verdict");
        assertThat(errors.get("score-legal-basis")).isEqualTo("Поставьте оценку по критерию «Соответствие нормативной базе».");
        assertThat(errors.get("verdict")).contains("Такого заключения нет");
    }

    @Test
    void afterTheDeadlineNothingIsTaken() {
        reviews.assign("d1", "ivanova", DUE, "editor");

        Map<String, String> errors = reviews.submit(PAST, "ivanova", SCORES, REASONS, "recommend", "", FORM);

        assertThat(errors).containsExactly(Map.entry("form", "Срок экспертной оценки истёк: оценки больше не принимаются."));
        assertThat(reviews.evaluations("d1")).isEmpty();
    }

    @Test
    void resubmittingReplacesTheEvaluation() {
        reviews.assign("d1", "ivanova", DUE, "editor");
        reviews.submit(OPEN, "ivanova", SCORES, REASONS, "recommend", "", FORM);

        assertThat(reviews.submit(OPEN, "ivanova", Map.of("legal-basis", "2", "clarity", "3"), REASONS, "reject",
                "Передумала", FORM)).isEmpty();

        assertThat(reviews.evaluations("d1")).singleElement().satisfies(e -> {
            assertThat(e.scores()).isEqualTo(Map.of("legal-basis", 2, "clarity", 3));
            assertThat(e.verdict()).isEqualTo(Verdict.REJECT);
            assertThat(e.comment()).isEqualTo("Передумала");
        });
    }

    @Test
    void reminderIsNoted() {
        Assignment a = reviews.assign("d1", "ivanova", DUE, "editor");

        assertThat(reviews.markReminded(a.id())).isTrue();

        assertThat(reviews.assignment("d1", "ivanova").orElseThrow().reminded()).isTrue();
    }

    @Test
    void evaluationsSurviveAnotherInstanceOnTheSameStore() {
        reviews.assign("d1", "ivanova", DUE, "editor");
        reviews.submit(OPEN, "ivanova", SCORES, Map.of("legal-basis", "a=b; «кавычки»", "clarity", "строка 1\nстрока 2"),
                "recommend", "", FORM);

        Evaluation e = new Reviews(store, Fixtures.time(Fixtures.NOW)).evaluation("d1", "ivanova").orElseThrow();

        assertThat(e.rationales()).containsEntry("legal-basis", "a=b; «кавычки»").containsEntry("clarity", "строка 1\nстрока 2");
    }
}
