package org.qualityportal.discussions.results;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.review.Assignment;
import org.qualityportal.discussions.review.Evaluation;
import org.qualityportal.discussions.review.EvaluationForm;

/**
 * The two exported tables. Nothing is dropped: a contribution moderators removed keeps its row with its
 * status and the marker instead of its text, so the exported count matches the participation count.
 * Dates are {@code yyyy-MM-dd HH:mm} in the portal's zone, which sorts correctly in a spreadsheet.
 */
public final class ResultTables {
    static final String CONTRIBUTIONS = "Предложения";
    static final String EVALUATIONS = "Экспертные оценки";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ResultTables() {
    }

    public static Table contributions(Summary summary, ModuleTime time) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Summary.Row r : summary.rows()) {
            rows.add(List.of(n++, stamp(r.created(), time), r.authorName(), r.track(), r.section(), r.stance(),
                    r.status(), r.text(), r.disposition(), r.reason(), r.link()));
        }
        return new Table(CONTRIBUTIONS, List.of("№", "Дата", "Автор", "Обсуждение", "Раздел", "Позиция", "Статус",
                "Текст", "Решение", "Обоснование решения", "Ссылка"), rows);
    }

    /** One row per assigned expert, with their status, whether or not they submitted. */
    public static Table evaluations(EvaluationForm form, List<Assignment> assignments, List<Evaluation> evaluations,
                                    ModuleTime time) {
        Map<String, Evaluation> byExpert = evaluations.stream()
                .collect(Collectors.toMap(Evaluation::expert, Function.identity(), (a, b) -> b));
        List<String> header = new ArrayList<>(List.of("Эксперт", "Статус", "Дата"));
        for (EvaluationForm.Criterion c : form.criteria()) {
            header.add(c.title() + " — оценка");
            header.add(c.title() + " — обоснование");
        }
        header.addAll(List.of("Заключение", "Комментарий"));
        List<List<Object>> rows = new ArrayList<>();
        for (Assignment a : assignments) {
            Evaluation e = byExpert.get(a.expert());
            List<Object> row = new ArrayList<>(List.of(a.expert(), status(a, e, time.now()),
                    e == null ? "" : stamp(e.submitted(), time)));
            for (EvaluationForm.Criterion c : form.criteria()) {
                Integer score = e == null ? null : e.scores().get(c.id());
                row.add(score == null ? "" : score);
                row.add(e == null ? "" : e.rationales().getOrDefault(c.id(), ""));
            }
            row.add(e == null || e.verdict() == null ? "" : e.verdict().label());
            row.add(e == null ? "" : e.comment());
            rows.add(row);
        }
        return new Table(EVALUATIONS, header, rows);
    }

    private static String status(Assignment a, Evaluation e, Instant now) {
        if (a.conflict()) {
            return "Самоотвод (конфликт интересов)";
        }
        if (e != null) {
            return "Оценка представлена";
        }
        return a.due() != null && !now.isBefore(a.due()) ? "Просрочена" : "Ожидается";
    }

    private static String stamp(Instant instant, ModuleTime time) {
        return instant == null ? "" : STAMP.format(instant.atZone(time.zone()));
    }
}
