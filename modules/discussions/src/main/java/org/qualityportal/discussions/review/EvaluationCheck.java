package org.qualityportal.discussions.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.discussions.discussion.Discussion;

/**
 * Whether an evaluation may be taken and whether it is complete. Every criterion needs a score and a
 * reason: the results show the experts' reasoning next to the numbers, so a bare score is not enough.
 */
final class EvaluationCheck {
    static final int MAX_RATIONALE = 3000;
    static final int MAX_COMMENT = 5000;

    /** Why this expert may not submit at all now (form-level error), or empty. */
    Map<String, String> refusal(Discussion discussion, Optional<Assignment> assignment, Instant now) {
        if (assignment.isEmpty()) {
            return Map.of("form", "Вы не назначены экспертом по этому обсуждению.");
        }
        if (assignment.get().conflict()) {
            return Map.of("form", "Вы заявили о конфликте интересов и отстранены от оценки этого документа.");
        }
        if (discussion.reviewClosed(now)) {
            return Map.of("form", "Срок экспертной оценки истёк: оценки больше не принимаются.");
        }
        return Map.of();
    }

    /** Field errors; fills {@code scores} and {@code rationales} with the clean values when there are none. */
    Map<String, String> fields(EvaluationForm form, Map<String, String> typedScores, Map<String, String> typedRationales,
                               String verdict, String comment, Map<String, Integer> scores,
                               Map<String, String> rationales) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (EvaluationForm.Criterion c : form.criteria()) {
            String typed = typedScores.getOrDefault(c.id(), "").strip();
            String range = " от " + c.min() + " до " + c.max();
            if (typed.isEmpty()) {
                errors.put("score-" + c.id(), "Поставьте оценку по критерию «" + c.title() + "».");
            } else if (!typed.matches("-?\\d{1,9}") || !c.allows(Integer.parseInt(typed))) {
                errors.put("score-" + c.id(), "Оценка по критерию «" + c.title() + "» — целое число" + range + ".");
            } else {
                scores.put(c.id(), Integer.parseInt(typed));
            }
            String reason = typedRationales.getOrDefault(c.id(), "").strip();
            if (reason.isEmpty()) {
                errors.put("rationale-" + c.id(), "Обоснуйте оценку по критерию «" + c.title() + "».");
            } else if (reason.length() > MAX_RATIONALE) {
                errors.put("rationale-" + c.id(), "Обоснование по критерию «" + c.title() + "» длиннее "
                        + MAX_RATIONALE + " знаков (сейчас " + reason.length() + ").");
            } else {
                rationales.put(c.id(), reason);
            }
        }
        if (verdict == null || verdict.isBlank()) {
            errors.put("verdict", "Выберите итоговое заключение.");
        } else if (Verdict.of(verdict.strip()).isEmpty()) {
            errors.put("verdict", "Такого заключения нет: выберите одно из предложенных.");
        }
        if (comment != null && comment.strip().length() > MAX_COMMENT) {
            errors.put("comment", "Комментарий длиннее " + MAX_COMMENT + " знаков.");
        }
        return errors;
    }
}
