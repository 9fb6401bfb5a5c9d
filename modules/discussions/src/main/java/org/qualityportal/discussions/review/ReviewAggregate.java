package org.qualityportal.discussions.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The expert review in numbers, for the results and the editors' page. Only evaluations of assigned,
 * non-recused experts count: an expert who declared a conflict after submitting must not sway the result.
 * The spread is the population standard deviation (the panel is the whole population being described,
 * not a sample) together with the min–max range, which is easier to read for small panels.
 *
 * @param criteria per criterion, in the form's order
 * @param verdicts every verdict with its count, in the enum's order
 * @param coverage who was asked and who answered
 */
public record ReviewAggregate(List<CriterionResult> criteria, List<VerdictCount> verdicts, Coverage coverage) {

    public ReviewAggregate {
        criteria = List.copyOf(criteria);
        verdicts = List.copyOf(verdicts);
    }

    /**
     * @param mean         rounded to one decimal; 0 when {@code count} is 0
     * @param deviation    population standard deviation rounded to one decimal
     * @param distribution count of evaluations per scale level, lowest level first
     */
    public record CriterionResult(String id, String title, int count, double mean, double deviation, int min, int max,
                                  List<LevelCount> distribution) {
        public CriterionResult {
            distribution = List.copyOf(distribution);
        }

        /** {@code 3,5} — the Russian decimal comma. */
        public String meanText() {
            return count == 0 ? "—" : String.format(java.util.Locale.forLanguageTag("ru"), "%.1f", mean);
        }

        public String deviationText() {
            return count == 0 ? "—" : String.format(java.util.Locale.forLanguageTag("ru"), "%.1f", deviation);
        }

        public String rangeText() {
            return count == 0 ? "—" : min + "–" + max;
        }
    }

    public record LevelCount(int score, String label, int count) {
    }

    public record VerdictCount(Verdict verdict, String label, int count) {
    }

    /** @param overdue past their due date, not submitted and not recused */
    public record Coverage(int assigned, int recused, int submitted, int overdue) {
    }

    public static ReviewAggregate of(EvaluationForm form, List<Assignment> assignments, List<Evaluation> evaluations,
                                     Instant now) {
        Set<String> active = assignments.stream().filter(a -> !a.conflict()).map(Assignment::expert)
                .collect(Collectors.toSet());
        List<Evaluation> counted = evaluations.stream().filter(e -> active.contains(e.expert())).toList();
        Set<String> submitted = counted.stream().map(Evaluation::expert).collect(Collectors.toSet());
        List<CriterionResult> criteria = form.criteria().stream().map(c -> criterion(c, counted)).toList();
        List<VerdictCount> verdicts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            verdicts.add(new VerdictCount(v, v.label(), (int) counted.stream().filter(e -> e.verdict() == v).count()));
        }
        int recused = (int) assignments.stream().filter(Assignment::conflict).count();
        int overdue = (int) assignments.stream().filter(a -> !a.conflict() && !submitted.contains(a.expert())
                && a.due() != null && !now.isBefore(a.due())).count();
        return new ReviewAggregate(criteria, verdicts,
                new Coverage(assignments.size(), recused, submitted.size(), overdue));
    }

    private static CriterionResult criterion(EvaluationForm.Criterion c, List<Evaluation> evaluations) {
        List<Integer> scores = evaluations.stream().map(e -> e.scores().get(c.id())).filter(s -> s != null).toList();
        Map<Integer, Long> counts = scores.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        List<LevelCount> distribution = c.levels().stream()
                .map(l -> new LevelCount(l.score(), l.label(), counts.getOrDefault(l.score(), 0L).intValue())).toList();
        if (scores.isEmpty()) {
            return new CriterionResult(c.id(), c.title(), 0, 0, 0, 0, 0, distribution);
        }
        double mean = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
        double variance = scores.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum() / scores.size();
        return new CriterionResult(c.id(), c.title(), scores.size(), round(mean), round(Math.sqrt(variance)),
                scores.stream().mapToInt(Integer::intValue).min().orElse(0),
                scores.stream().mapToInt(Integer::intValue).max().orElse(0), distribution);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
