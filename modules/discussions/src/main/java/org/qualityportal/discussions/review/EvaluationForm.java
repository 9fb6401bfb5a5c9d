package org.qualityportal.discussions.review;

import java.util.List;
import java.util.Optional;

/**
 * The expert evaluation form: criteria, each with its own scale. It is data of the light module
 * ({@code discussions/forms/evaluation.yaml}), so that the region's methodologists can change the wording
 * without a release; the verdicts are fixed by {@link Verdict} because the aggregate counts them.
 */
public record EvaluationForm(String title, List<Criterion> criteria) {

    public EvaluationForm {
        criteria = List.copyOf(criteria);
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** One criterion; {@code levels} are in ascending score order. */
    public record Criterion(String id, String title, String description, List<Level> levels) {

        public Criterion {
            levels = List.copyOf(levels);
        }

        public int min() {
            return levels.stream().mapToInt(Level::score).min().orElse(0);
        }

        public int max() {
            return levels.stream().mapToInt(Level::score).max().orElse(0);
        }

        /** Whether the score is one of the scale's levels (a scale need not be contiguous). */
        public boolean allows(int score) {
            return levels.stream().anyMatch(l -> l.score() == score);
        }

        public String label(int score) {
            return levels.stream().filter(l -> l.score() == score).map(Level::label).findFirst().orElse("");
        }
    }

    /** A point of a scale and what it means. */
    public record Level(int score, String label) {
    }
}
