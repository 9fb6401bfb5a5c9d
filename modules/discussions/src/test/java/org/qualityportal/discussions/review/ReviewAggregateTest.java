package org.qualityportal.discussions.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qualityportal.discussions.Fixtures;

/**
 * Six experts: a, b, c submitted; d submitted and then recused (not counted); e is overdue; f still has time.
 * Criterion legal-basis: 3, 4, 5 → mean 4,0, σ = √(2/3) ≈ 0,8. Clarity: 2, 2, 5 → mean 3,0, σ = √2 ≈ 1,4.
 */
class ReviewAggregateTest {
    static final Instant NOW = Fixtures.NOW;
    static final List<Assignment> ASSIGNMENTS = List.of(assigned("a", false, 10), assigned("b", false, 10),
            assigned("c", false, 10), assigned("d", true, 10), assigned("e", false, -10), assigned("f", false, 10));
    static final List<Evaluation> EVALUATIONS = List.of(evaluated("a", 3, 2, Verdict.RECOMMEND),
            evaluated("b", 4, 2, Verdict.WITH_CHANGES), evaluated("c", 5, 5, Verdict.WITH_CHANGES),
            evaluated("d", 1, 1, Verdict.REJECT));

    final ReviewAggregate aggregate = ReviewAggregate.of(Fixtures.form(), ASSIGNMENTS, EVALUATIONS, NOW);

    @Test
    void meansSpreadsAndRanges() {
        ReviewAggregate.CriterionResult legal = aggregate.criteria().get(0);
        ReviewAggregate.CriterionResult clarity = aggregate.criteria().get(1);

        assertThat(legal.id()).isEqualTo("legal-basis");
        assertThat(legal.count()).isEqualTo(3);
        assertThat(legal.mean()).isEqualTo(4.0);
        assertThat(legal.deviation()).isEqualTo(0.8);
        assertThat(legal.rangeText()).isEqualTo("3–5");
        assertThat(clarity.mean()).isEqualTo(3.0);
        assertThat(clarity.deviation()).isEqualTo(1.4);
        assertThat(clarity.meanText()).isEqualTo("3,0");
        assertThat(clarity.min()).isEqualTo(2);
        assertThat(clarity.max()).isEqualTo(5);
    }

    @Test
    void meanIsRoundedToOneDecimal() {
        List<Evaluation> three = List.of(evaluated("a", 4, 1, Verdict.RECOMMEND), evaluated("b", 4, 1, Verdict.RECOMMEND),
                evaluated("c", 5, 2, Verdict.RECOMMEND));

        ReviewAggregate.CriterionResult legal = ReviewAggregate.of(Fixtures.form(), ASSIGNMENTS, three, NOW).criteria().get(0);

        assertThat(legal.mean()).isEqualTo(4.3);
        assertThat(legal.deviation()).isEqualTo(0.5);
    }

    @Test
    void distributionCountsEveryLevel() {
        assertThat(aggregate.criteria().get(1).distribution()).extracting(ReviewAggregate.LevelCount::count)
                .containsExactly(0, 2, 0, 0, 1);
        assertThat(aggregate.criteria().get(1).distribution().get(1).label()).isEqualTo("Плохо");
    }

    @Test
    void verdictsOfCountedExperts() {
        assertThat(aggregate.verdicts()).extracting(ReviewAggregate.VerdictCount::label, ReviewAggregate.VerdictCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Рекомендовать", 1),
                        org.assertj.core.groups.Tuple.tuple("Рекомендовать с доработкой", 2),
                        org.assertj.core.groups.Tuple.tuple("Не рекомендовать", 0));
    }

    @Test
    void coverage() {
        assertThat(aggregate.coverage()).isEqualTo(new ReviewAggregate.Coverage(6, 1, 3, 1));
    }

    @Test
    void nothingSubmittedYet() {
        ReviewAggregate empty = ReviewAggregate.of(Fixtures.form(), List.of(), List.of(), NOW);

        assertThat(empty.criteria().get(0).count()).isZero();
        assertThat(empty.criteria().get(0).meanText()).isEqualTo("—");
        assertThat(empty.coverage()).isEqualTo(new ReviewAggregate.Coverage(0, 0, 0, 0));
    }

    private static Assignment assigned(String expert, boolean conflict, long dueInHours) {
        return new Assignment("a-" + expert, "d1", expert, NOW.plusSeconds(3600 * dueInHours), "editor", conflict, "",
                false, NOW.minusSeconds(86_400));
    }

    private static Evaluation evaluated(String expert, int legal, int clarity, Verdict verdict) {
        return new Evaluation("e-" + expert, "d1", expert, Map.of("legal-basis", legal, "clarity", clarity),
                Map.of("legal-basis", "…", "clarity", "…"), verdict, "", NOW.minusSeconds(3600));
    }
}
