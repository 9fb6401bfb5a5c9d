package org.qualityportal.discussions.review;

import static org.qualityportal.discussions.StoredValues.flag;
import static org.qualityportal.discussions.StoredValues.instant;
import static org.qualityportal.discussions.StoredValues.orEmpty;
import static org.qualityportal.discussions.StoredValues.pairs;
import static org.qualityportal.discussions.StoredValues.stamp;
import static org.qualityportal.discussions.StoredValues.text;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Discussion;
import org.springframework.stereotype.Component;

/**
 * Expert review of a discussion's document: who is asked, who recused, and the evaluations. Kept as
 * system records (one save per call), so an evaluation typed just before a restart is not lost.
 */
@Component
public class Reviews {
    static final String ASSIGNMENT = "review-assignment";
    static final String EVALUATION = "review-evaluation";

    private final Records records;
    private final ModuleTime time;
    private final EvaluationCheck check = new EvaluationCheck();

    public Reviews(ContentStore store, ModuleTime time) {
        this.records = store.records();
        this.time = time;
    }

    /**
     * Asks the expert to review. Asking again returns the same assignment (a double click or a repeated
     * form does not duplicate it); a different due date moves the deadline.
     */
    public synchronized Assignment assign(String discussionId, String expert, Instant due, String by) {
        Optional<Assignment> existing = assignment(discussionId, expert);
        if (existing.isPresent()) {
            Assignment a = existing.get();
            if (due != null && !due.equals(a.due())) {
                records.update(ASSIGNMENT, a.id(), Map.of("due", stamp(due)));
                return assignmentById(a.id()).orElseThrow();
            }
            return a;
        }
        String id = records.append(ASSIGNMENT, Map.of("discussionId", discussionId, "expert", expert,
                "due", stamp(due), "assignedBy", orEmpty(by), "conflict", false, "conflictNote", "",
                "reminded", false));
        return assignmentById(id).orElseThrow();
    }

    /** The discussion's assignments, oldest first. */
    public List<Assignment> assignments(String discussionId) {
        return records.list(ASSIGNMENT).stream().filter(r -> discussionId.equals(r.string("discussionId")))
                .map(Reviews::assignment).sorted(Comparator.comparing(Assignment::created)).toList();
    }

    public Optional<Assignment> assignment(String discussionId, String expert) {
        return assignments(discussionId).stream().filter(a -> a.expert().equals(expert)).findFirst();
    }

    public Optional<Assignment> assignmentById(String id) {
        return records.get(ASSIGNMENT, id).map(Reviews::assignment);
    }

    /** The expert declares a conflict of interest and is recused; false when they were not assigned. */
    public boolean declareConflict(String discussionId, String expert, String note) {
        return assignment(discussionId, expert)
                .map(a -> records.update(ASSIGNMENT, a.id(), Map.of("conflict", true, "conflictNote", orEmpty(note))))
                .orElse(false);
    }

    /** Notes that the deadline reminder went out, so that it goes out once. */
    public boolean markReminded(String assignmentId) {
        return records.update(ASSIGNMENT, assignmentId, Map.of("reminded", true));
    }

    /**
     * Stores the expert's evaluation as typed, or says what is wrong with it: field name → Russian message
     * ({@code form}, {@code score-<criterion>}, {@code rationale-<criterion>}, {@code verdict}, {@code comment}).
     * Empty means stored; a second submission before the deadline replaces the first.
     */
    public synchronized Map<String, String> submit(Discussion discussion, String expert, Map<String, String> scores,
                                                   Map<String, String> rationales, String verdict, String comment,
                                                   EvaluationForm form) {
        Optional<Assignment> assignment = assignment(discussion.id(), expert);
        Map<String, String> errors = check.refusal(discussion, assignment, time.now());
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, Integer> parsed = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        errors = check.fields(form, scores, rationales, verdict, comment, parsed, reasons);
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("discussionId", discussion.id());
        values.put("expert", expert);
        values.put("scores", pairs(parsed));
        values.put("rationales", pairs(reasons));
        values.put("verdict", Verdict.of(verdict.strip()).orElseThrow().name());
        values.put("comment", orEmpty(comment).strip());
        values.put("submitted", stamp(time.now()));
        Optional<Evaluation> previous = evaluation(discussion.id(), expert);
        if (previous.isPresent()) {
            records.update(EVALUATION, previous.get().id(), values);
        } else {
            records.append(EVALUATION, values);
        }
        return Map.of();
    }

    /** The discussion's evaluations, in order of submission. */
    public List<Evaluation> evaluations(String discussionId) {
        return records.list(EVALUATION).stream().filter(r -> discussionId.equals(r.string("discussionId")))
                .map(Reviews::evaluation).sorted(Comparator.comparing(Evaluation::submitted)).toList();
    }

    public Optional<Evaluation> evaluation(String discussionId, String expert) {
        return evaluations(discussionId).stream().filter(e -> e.expert().equals(expert)).findFirst();
    }

    private static Assignment assignment(Records.Record r) {
        return new Assignment(r.id(), text(r, "discussionId"), text(r, "expert"), instant(r, "due"),
                text(r, "assignedBy"), flag(r, "conflict"), text(r, "conflictNote"), flag(r, "reminded"), r.created());
    }

    private static Evaluation evaluation(Records.Record r) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        pairs(r, "scores").forEach((k, v) -> scores.put(k, Integer.parseInt(v)));
        Instant submitted = instant(r, "submitted");
        return new Evaluation(r.id(), text(r, "discussionId"), text(r, "expert"), scores, pairs(r, "rationales"),
                Verdict.of(text(r, "verdict")).orElse(null), text(r, "comment"),
                submitted == null ? r.created() : submitted);
    }
}
