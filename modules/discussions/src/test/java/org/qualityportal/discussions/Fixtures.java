package org.qualityportal.discussions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.ContributionStatus;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Section;
import org.qualityportal.discussions.discussion.Stance;
import org.qualityportal.discussions.discussion.Track;
import org.qualityportal.discussions.results.Disposition;
import org.qualityportal.discussions.review.EvaluationForm;

/** Small fixture factories shared by the module's tests. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    public static final Path LIGHT_MODULES = Path.of("../../light-modules");
    private static final Path PAYLOADS = Path.of("../../../shared/testdata/xss-payloads.txt");

    private Fixtures() {
    }

    public static ModuleTime time(Instant now) {
        return new ModuleTime(Clock.fixed(now, ZoneId.of("Europe/Moscow")));
    }

    /** A discussion of the roadmap, open in October, with two sections; the review is due at {@code reviewDue}. */
    public static Discussion discussion(Instant reviewDue) {
        return new Discussion("d1", "/documents/roadmaps/roadmap-2026", "Дорожная карта оценки качества 2026",
                Instant.parse("2026-10-01T05:00:00Z"), Instant.parse("2026-10-31T19:00:00Z"),
                Set.of(Track.PUBLIC, Track.EXPERT), List.of(new Section("s-1", "1. Цели и задачи", "…"),
                new Section("s-2", "2. Показатели", "…")), reviewDue, false, "editor", NOW.minusSeconds(86_400 * 60));
    }

    private static int sequence;

    /** A contribution created {@code minute} minutes after the discussion opened. */
    public static Contribution contribution(int minute, String author, String municipality, Track track, String anchor,
                                            Stance stance, String text, ContributionStatus status, String moderation,
                                            Disposition disposition, String reason) {
        return new Contribution("c" + (++sequence), "d1", null, 0, author, "Участник " + author, track, anchor, stance,
                text, municipality, status, moderation, 0, Instant.parse("2026-10-01T05:00:00Z").plusSeconds(60L * minute),
                null, disposition, reason, disposition == null ? "" : "https://example.org/doc#p" + minute);
    }

    public static Contribution published(int minute, String author, String municipality, Stance stance, String text) {
        return contribution(minute, author, municipality, Track.PUBLIC, null, stance, text, ContributionStatus.PUBLISHED,
                "", null, null);
    }

    /** A form with two criteria on a 1–5 scale. */
    public static EvaluationForm form() {
        List<EvaluationForm.Level> scale = List.of(new EvaluationForm.Level(1, "Очень плохо"),
                new EvaluationForm.Level(2, "Плохо"), new EvaluationForm.Level(3, "Удовлетворительно"),
                new EvaluationForm.Level(4, "Хорошо"), new EvaluationForm.Level(5, "Отлично"));
        return new EvaluationForm("Экспертная оценка", List.of(
                new EvaluationForm.Criterion("legal-basis", "Соответствие нормативной базе", "…", scale),
                new EvaluationForm.Criterion("clarity", "Ясность изложения", "…", scale)));
    }

    /** A line of the shared XSS payload list (1-based), stripped. */
    public static String payload(int line) {
        try {
            return Files.readAllLines(PAYLOADS, StandardCharsets.UTF_8).get(line - 1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
