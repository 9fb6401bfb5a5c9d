package org.qualityportal.discussions.review;

import java.time.Instant;
import java.util.Map;

/**
 * A submitted expert evaluation.
 *
 * @param scores     criterion id → the chosen score on its scale
 * @param rationales criterion id → the expert's reasoning
 * @param comment    an overall comment, may be empty
 */
public record Evaluation(String id, String discussionId, String expert, Map<String, Integer> scores,
                         Map<String, String> rationales, Verdict verdict, String comment, Instant submitted) {

    public Evaluation {
        scores = Map.copyOf(scores);
        rationales = Map.copyOf(rationales);
    }
}
