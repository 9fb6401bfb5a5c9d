package org.qualityportal.templating.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;

/** Reading mechanisms: their scores by year, their group, and charts of them. */
final class Mechanisms {
    static final String ROOT = "/mechanisms";
    static final List<String> GROUPS = List.of("results", "activity");

    private Mechanisms() {
    }

    /** A year's average level of implementation, in per cent, municipal (МУМ) and regional (РУМ). */
    record Score(int year, Number municipal, Number regional) {
    }

    /** The mechanism's scores, oldest year first (rows of its composite {@code scores} field). */
    static List<Score> scores(ContentView view, Content mechanism) {
        List<Score> scores = new ArrayList<>();
        for (Content row : view.children(mechanism.path() + "/scores")) {
            if (row.properties().get("year") instanceof Number year) {
                scores.add(new Score(year.intValue(), number(row, "municipal"), number(row, "regional")));
            }
        }
        scores.sort(Comparator.comparingInt(Score::year));
        return scores;
    }

    private static Number number(Content row, String property) {
        return row.properties().get(property) instanceof Number n ? n : null;
    }

    /** All mechanisms, by code (1.1 … 2.5). */
    static List<Content> all(ContentView view) {
        List<Content> all = Items.under(view, ROOT, true);
        all.sort(Comparator.comparing(m -> Items.text(m, "code", "")));
        return all;
    }

    /** The series names of a score chart, from the messages: МУМ, РУМ. */
    static List<String> series(Map<String, String> messages) {
        return List.of(messages.getOrDefault("mechanism.municipal", "МУМ"),
                messages.getOrDefault("mechanism.regional", "РУМ"));
    }

    static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "\u00A0%";
    }
}
