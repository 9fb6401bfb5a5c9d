package org.qualityportal.discussions.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.api.AuditTrail;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.ContributionStatus;
import org.qualityportal.discussions.discussion.Contributions;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Discussions;
import org.qualityportal.discussions.discussion.TextFormat;
import org.qualityportal.discussions.registry.Directory;
import org.qualityportal.discussions.registry.Expert;
import org.qualityportal.discussions.registry.ExpertRegistry;
import org.qualityportal.discussions.results.ContributionsCsv;
import org.qualityportal.discussions.results.Disposition;
import org.qualityportal.discussions.results.EvaluationsCsv;
import org.qualityportal.discussions.results.ResultTables;
import org.qualityportal.discussions.results.ResultsXlsx;
import org.qualityportal.discussions.results.Summary;
import org.qualityportal.discussions.review.Assignment;
import org.qualityportal.discussions.review.EvaluationForms;
import org.qualityportal.discussions.review.Evaluation;
import org.qualityportal.discussions.review.Reviews;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Running one discussion, for editors: close it, close the review, assign experts, record what was done
 * with each contribution, publish the summary of results, export everything.
 */
@Controller
class RunController {
    private static final String BASE = ManageController.BASE + "/{id}";

    private final Discussions discussions;
    private final Contributions contributions;
    private final ExpertRegistry registry;
    private final Reviews reviews;
    private final EvaluationForms forms;
    private final ResultsService results;
    private final Directory directory;
    private final AuditTrail audit;
    private final ModulePages pages;
    private final ModuleTime time;
    private final DiscussionNotices notices;

    RunController(Discussions discussions, Contributions contributions, ExpertRegistry registry, Reviews reviews,
                  EvaluationForms forms, ResultsService results, Directory directory, AuditTrail audit,
                  ModulePages pages, ModuleTime time, DiscussionNotices notices) {
        this.discussions = discussions;
        this.contributions = contributions;
        this.registry = registry;
        this.reviews = reviews;
        this.forms = forms;
        this.results = results;
        this.directory = directory;
        this.audit = audit;
        this.pages = pages;
        this.time = time;
        this.notices = notices;
    }

    /** An assigned expert and where their review stands. */
    public record AssignmentRow(String expert, String name, String due, String state) {
    }

    /** A contribution in the disposition table. */
    public record DispositionRow(String id, String author, String track, String section, String stance, String html,
                                 String marker, String disposition, String reason, String link) {
    }

    public record Candidate(String login, String name, String municipality, String areas) {
    }

    @GetMapping(BASE)
    ResponseEntity<String> page(@PathVariable String id, @RequestParam(required = false) String done,
                                @RequestParam(defaultValue = "") String area,
                                @RequestParam(defaultValue = "") String municipality, HttpServletRequest request) {
        return show(request, HttpStatus.OK, ManageController.find(discussions, id), done, Map.of(), area, municipality);
    }

    @PostMapping(BASE + "/close")
    String close(@PathVariable String id) {
        Discussion d = discussions.close(ManageController.find(discussions, id).id());
        audit.record(Viewer.current().login(), "DISCUSSION_CLOSED", "Обсуждение завершено", "/discussions/" + id, d.title());
        notices.closed(d);
        return "redirect:" + ManageController.BASE + "/" + id + "?done=closed";
    }

    @PostMapping(BASE + "/close-review")
    String closeReview(@PathVariable String id) {
        Discussion d = discussions.closeReview(ManageController.find(discussions, id).id());
        audit.record(Viewer.current().login(), "REVIEW_CLOSED", "Экспертиза завершена", "/discussions/" + id, d.title());
        return "redirect:" + ManageController.BASE + "/" + id + "?done=review-closed";
    }

    @PostMapping(BASE + "/results")
    String publish(@PathVariable String id, @RequestParam(defaultValue = "true") boolean publish) {
        Discussion d = discussions.publishResults(ManageController.find(discussions, id).id(), publish);
        audit.record(Viewer.current().login(), publish ? "RESULTS_PUBLISHED" : "RESULTS_UNPUBLISHED",
                publish ? "Итоги обсуждения опубликованы" : "Итоги обсуждения сняты с публикации",
                "/discussions/" + id + "/results", d.title());
        if (publish) {
            notices.resultsPublished(d);
        }
        return "redirect:" + ManageController.BASE + "/" + id + "?done=" + (publish ? "published" : "unpublished");
    }

    @PostMapping(BASE + "/assign")
    Object assign(@PathVariable String id, @RequestParam(required = false) List<String> experts,
                  @RequestParam(defaultValue = "") String due, HttpServletRequest request) {
        Discussion d = ManageController.find(discussions, id);
        Instant when = due.isBlank() ? d.reviewDue() : time.parseInput(due);
        Set<String> active = registry.active().stream().map(Expert::login).collect(Collectors.toSet());
        if (experts == null || experts.isEmpty() || !active.containsAll(experts) || when == null) {
            return show(request, HttpStatus.UNPROCESSABLE_ENTITY, d, null, Map.of("assign",
                    "Отметьте действующих экспертов реестра и укажите срок (дата и время)."), "", "");
        }
        String me = Viewer.current().login();
        for (String expert : experts) {
            boolean fresh = reviews.assignment(id, expert).isEmpty();
            Assignment a = reviews.assign(id, expert, when, me);
            if (fresh) {
                audit.record(me, "REVIEW_ASSIGNED", "Эксперт назначен", "/discussions/" + id + "/review", expert);
                notices.assigned(d, a);
            }
        }
        return "redirect:" + ManageController.BASE + "/" + id + "?done=assigned";
    }

    @PostMapping(BASE + "/contributions/{cid}/disposition")
    Object dispose(@PathVariable String id, @PathVariable String cid, @RequestParam(defaultValue = "") String disposition,
                   @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String link,
                   HttpServletRequest request) {
        Discussion d = ManageController.find(discussions, id);
        Contribution c = contributions.find(cid).filter(x -> x.discussionId().equals(id))
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
        String why = TextFormat.clean(reason);
        String where = link.strip();
        var kind = Disposition.of(disposition);
        if (kind.isEmpty() || why.isEmpty() || why.length() > 2000 || !safeLink(where)) {
            return show(request, HttpStatus.UNPROCESSABLE_ENTITY, d, null, Map.of("disposition-" + cid,
                    "Выберите решение и укажите обоснование; ссылка — адрес на портале, начинающийся с «/», или http(s)."),
                    "", "");
        }
        contributions.dispose(cid, kind.get(), why, where);
        audit.record(Viewer.current().login(), "DISPOSITION_RECORDED", "Решение по предложению",
                "/discussions/" + id + "#c-" + cid, kind.get().label() + ": " + why);
        return "redirect:" + ManageController.BASE + "/" + id + "?done=disposition#d-" + cid;
    }

    @GetMapping(BASE + "/export/contributions.csv")
    ResponseEntity<byte[]> contributionsCsv(@PathVariable String id) throws IOException {
        Discussion d = ManageController.find(discussions, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContributionsCsv.write(results.summary(d), time, out);
        return file(out, "contributions-" + id + ".csv", "text/csv;charset=UTF-8");
    }

    @GetMapping(BASE + "/export/evaluations.csv")
    ResponseEntity<byte[]> evaluationsCsv(@PathVariable String id) throws IOException {
        Discussion d = ManageController.find(discussions, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvaluationsCsv.write(forms.current(), reviews.assignments(id), reviews.evaluations(id), time, out);
        return file(out, "evaluations-" + id + ".csv", "text/csv;charset=UTF-8");
    }

    @GetMapping(BASE + "/export/results.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id) throws IOException {
        Discussion d = ManageController.find(discussions, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsXlsx.write(ResultTables.contributions(results.summary(d), time),
                ResultTables.evaluations(forms.current(), reviews.assignments(id), reviews.evaluations(id), time), out);
        return file(out, "results-" + id + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    static ResponseEntity<byte[]> file(ByteArrayOutputStream out, String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(out.toByteArray());
    }

    private ResponseEntity<String> show(HttpServletRequest request, HttpStatus status, Discussion d, String done,
                                        Map<String, String> errors, String area, String municipality) {
        Instant now = time.now();
        Map<String, Evaluation> submitted = reviews.evaluations(d.id()).stream()
                .collect(Collectors.toMap(Evaluation::expert, e -> e, (a, b) -> b));
        Map<String, Expert> experts = registry.all().stream().collect(Collectors.toMap(Expert::login, e -> e, (a, b) -> a));
        List<AssignmentRow> assigned = reviews.assignments(d.id()).stream().map(a -> new AssignmentRow(a.expert(),
                experts.containsKey(a.expert()) ? experts.get(a.expert()).name() : a.expert(), time.format(a.due()),
                a.conflict() ? "Заявлен конфликт интересов: " + a.conflictNote()
                        : submitted.containsKey(a.expert()) ? "Оценка получена " + time.format(submitted.get(a.expert()).submitted())
                        : now.isAfter(a.due()) ? "Срок истёк" : "Ожидается")).toList();
        Set<String> already = assigned.stream().map(AssignmentRow::expert).collect(Collectors.toSet());
        Map<String, String> municipalities = directory.municipalityTitles();
        Map<String, String> areas = directory.areaTitles();
        List<Candidate> candidates = registry.active().stream().filter(e -> !already.contains(e.login()))
                .filter(e -> area.isEmpty() || e.areas().contains(area))
                .filter(e -> municipality.isEmpty() || e.municipality().equals(municipality))
                .map(e -> new Candidate(e.login(), e.name(), municipalities.getOrDefault(e.municipality(), ""),
                        String.join(", ", e.areas()))).toList();
        List<DispositionRow> rows = contributions.of(d.id()).stream()
                .filter(c -> c.status() != ContributionStatus.PENDING).map(c -> row(d, c)).toList();
        Map<String, Object> values = new HashMap<>();
        values.put("d", Map.of("id", d.id(), "title", d.title(), "period", time.format(d.opens()) + " — " + time.format(d.closes()),
                "open", d.phase(now) == Discussion.Phase.OPEN, "closed", d.phase(now) == Discussion.Phase.CLOSED,
                "reviewDue", time.format(d.reviewDue()), "reviewClosed", d.reviewClosed(now),
                "resultsPublished", d.resultsPublished()));
        values.put("assigned", assigned);
        values.put("candidates", candidates);
        values.put("areas", directory.areas());
        values.put("municipalities", directory.municipalities());
        values.put("area", area);
        values.put("municipality", municipality);
        values.put("dueDefault", time.input(d.reviewDue()));
        values.put("rows", rows);
        values.put("dispositions", List.of(Disposition.values()));
        Summary summary = results.summary(d);
        values.put("aggregate", summary.review());
        values.put("done", done == null ? "" : done);
        values.put("errors", errors);
        return pages.render(request, status, "manage-discussion", d.title(), values);
    }

    private DispositionRow row(Discussion d, Contribution c) {
        String marker = switch (c.status()) {
            case HIDDEN -> "Скрыто модератором: " + c.moderation();
            case WITHDRAWN -> "Отозвано автором";
            case REJECTED -> "Отклонено модератором: " + c.moderation();
            default -> "";
        };
        return new DispositionRow(c.id(), c.authorName(), c.track().label(),
                c.anchor() == null ? "Документ в целом" : d.section(c.anchor()).map(s -> s.title()).orElse("Документ в целом"),
                c.stance().label(), TextFormat.html(c.text()), marker,
                c.disposition() == null ? "" : c.disposition().id(), c.dispositionReason(), c.dispositionLink());
    }

    private static boolean safeLink(String link) {
        return link.isEmpty() || (link.startsWith("/") && !link.startsWith("//")) || link.startsWith("https://")
                || link.startsWith("http://");
    }
}
