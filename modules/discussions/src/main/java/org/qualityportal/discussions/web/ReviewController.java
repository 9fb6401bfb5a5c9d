package org.qualityportal.discussions.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.api.AuditTrail;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Discussions;
import org.qualityportal.discussions.discussion.TextFormat;
import org.qualityportal.discussions.registry.Expert;
import org.qualityportal.discussions.registry.ExpertRegistry;
import org.qualityportal.discussions.review.Assignment;
import org.qualityportal.discussions.review.Evaluation;
import org.qualityportal.discussions.review.EvaluationForm;
import org.qualityportal.discussions.review.EvaluationForms;
import org.qualityportal.discussions.review.ReviewVisibility;
import org.qualityportal.discussions.review.Reviews;
import org.qualityportal.discussions.review.Verdict;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An assigned expert's review of a discussion's document: the evaluation form from the light module,
 * the declaration of a conflict of interest, and — once the deadline has passed — the other experts'
 * evaluations (before it, each expert sees only their own).
 */
@Controller
class ReviewController {
    private final Discussions discussions;
    private final Reviews reviews;
    private final EvaluationForms forms;
    private final ExpertRegistry registry;
    private final AuditTrail audit;
    private final ModulePages pages;
    private final ModuleTime time;

    ReviewController(Discussions discussions, Reviews reviews, EvaluationForms forms, ExpertRegistry registry,
                     AuditTrail audit, ModulePages pages, ModuleTime time) {
        this.discussions = discussions;
        this.reviews = reviews;
        this.forms = forms;
        this.registry = registry;
        this.audit = audit;
        this.pages = pages;
        this.time = time;
    }

    /** Another expert's evaluation as shown after the deadline. */
    public record Other(String expert, String verdict, List<String> scores, String comment) {
    }

    @GetMapping("/discussions/{id}/review")
    ResponseEntity<String> page(@PathVariable String id, @RequestParam(required = false) String done,
                                HttpServletRequest request) {
        Discussion d = ManageController.find(discussions, id);
        Viewer viewer = Viewer.current();
        Optional<Evaluation> mine = reviews.evaluation(id, viewer.login());
        Map<String, String> typed = new LinkedHashMap<>();
        mine.ifPresent(e -> {
            e.scores().forEach((k, v) -> typed.put("score-" + k, String.valueOf(v)));
            e.rationales().forEach((k, v) -> typed.put("rationale-" + k, v));
            typed.put("verdict", e.verdict().id());
            typed.put("comment", e.comment());
        });
        return show(request, HttpStatus.OK, d, typed, Map.of(), done);
    }

    @PostMapping("/discussions/{id}/review")
    Object submit(@PathVariable String id, @RequestParam Map<String, String> posted, HttpServletRequest request) {
        Discussion d = ManageController.find(discussions, id);
        EvaluationForm form = forms.current();
        Map<String, String> scores = new HashMap<>();
        Map<String, String> rationales = new HashMap<>();
        for (EvaluationForm.Criterion c : form.criteria()) {
            scores.put(c.id(), posted.getOrDefault("score-" + c.id(), ""));
            rationales.put(c.id(), TextFormat.clean(posted.getOrDefault("rationale-" + c.id(), "")));
        }
        String login = Viewer.current().login();
        Map<String, String> errors = reviews.submit(d, login, scores, rationales, posted.getOrDefault("verdict", ""),
                TextFormat.clean(posted.getOrDefault("comment", "")), form);
        if (!errors.isEmpty()) {
            HttpStatus status = errors.containsKey("form") ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY;
            return show(request, status, d, posted, errors, null);
        }
        audit.record(login, "EVALUATION_SUBMITTED", "Экспертная оценка", "/discussions/" + id + "/review",
                Verdict.of(posted.get("verdict")).map(Verdict::label).orElse(""));
        return "redirect:/discussions/" + id + "/review?done=submitted";
    }

    @PostMapping("/discussions/{id}/review/conflict")
    Object conflict(@PathVariable String id, @RequestParam(defaultValue = "") String note, HttpServletRequest request) {
        Discussion d = ManageController.find(discussions, id);
        String login = Viewer.current().login();
        String why = TextFormat.clean(note);
        if (why.isEmpty() || why.length() > 1000) {
            return show(request, HttpStatus.UNPROCESSABLE_ENTITY, d, Map.of(), Map.of("note",
                    "Опишите конфликт интересов (до 1000 знаков)."), null);
        }
        if (!reviews.declareConflict(id, login, why)) {
            return show(request, HttpStatus.FORBIDDEN, d, Map.of(), Map.of("form", "Вы не назначены экспертом этого обсуждения."), null);
        }
        audit.record(login, "CONFLICT_DECLARED", "Заявлен конфликт интересов", "/discussions/" + id + "/review", why);
        return "redirect:/discussions/" + id + "/review?done=conflict";
    }

    private ResponseEntity<String> show(HttpServletRequest request, HttpStatus status, Discussion d,
                                        Map<String, String> typed, Map<String, String> errors, String done) {
        Viewer viewer = Viewer.current();
        Optional<Assignment> assignment = reviews.assignment(d.id(), viewer.login());
        boolean others = ReviewVisibility.maySeeOthers(viewer, d, time.now());
        Map<String, String> names = new HashMap<>();
        registry.all().forEach(e -> names.put(e.login(), e.name()));
        EvaluationForm form = forms.current();
        List<Other> list = others ? reviews.evaluations(d.id()).stream()
                .filter(e -> !e.expert().equals(viewer.login()))
                .map(e -> new Other(names.getOrDefault(e.expert(), e.expert()), e.verdict().label(),
                        form.criteria().stream().filter(c -> e.scores().containsKey(c.id()))
                                .map(c -> c.title() + ": " + e.scores().get(c.id()) + " — " + e.rationales().getOrDefault(c.id(), ""))
                                .toList(), e.comment())).toList() : List.of();
        Map<String, Object> values = new HashMap<>();
        values.put("discussionId", d.id());
        values.put("discussionTitle", d.title());
        values.put("due", assignment.map(a -> time.format(a.due())).orElse(""));
        values.put("reviewDue", time.format(d.reviewDue()));
        values.put("assigned", assignment.isPresent());
        values.put("recused", assignment.map(Assignment::conflict).orElse(false));
        values.put("closed", d.reviewClosed(time.now()));
        values.put("form", form);
        values.put("typed", typed);
        values.put("errors", errors);
        values.put("verdicts", List.of(Verdict.values()));
        values.put("showOthers", others);
        values.put("others", list);
        values.put("done", done == null ? "" : done);
        values.put("active", registry.byLogin(viewer.login()).map(Expert::active).orElse(false));
        return pages.render(request, status, "review", "Экспертная оценка", values);
    }
}
