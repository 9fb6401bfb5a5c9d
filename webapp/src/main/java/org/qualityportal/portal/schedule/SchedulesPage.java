package org.qualityportal.portal.schedule;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.qualityportal.content.ContentView;
import org.qualityportal.portal.config.PortalTime;

/**
 * The schedules page: waiting, failed and recently carried out ({@code doneSince} on), ready to print;
 * {@code zone} is the time zone the times are in.
 */
public record SchedulesPage(List<Row> pending, List<Row> failed, List<Row> done, String doneSince, String zone) {

    /**
     * One schedule. {@code title} is empty when the node is gone; {@code note} is the failure reason or
     * what was done; {@code noteWhen} when it failed or was carried out.
     */
    public record Row(String id, String path, String title, String action, String when, String user, String note,
                      String noteWhen) {
    }

    static SchedulesPage of(Schedules schedules, ContentView author, PortalTime time, ScheduleProperties properties) {
        List<Schedule> all = schedules.all();
        List<Row> pending = all.stream().filter(s -> !s.failed()).map(s -> row(s, author, time)).toList();
        List<Row> failed = all.stream().filter(Schedule::failed)
                .sorted(Comparator.comparing(Schedule::failedAt, Comparator.nullsLast(Comparator.reverseOrder()))).map(s -> row(s, author, time)).toList();
        Instant since = time.now().minus(properties.recent());
        List<Row> done = schedules.doneSince(since).stream()
                .map(d -> new Row("", d.path(), ScheduleTargets.title(author, d.path()), d.action().label(),
                        time.format(d.at()), d.user(), d.note(), time.format(d.executed())))
                .toList();
        return new SchedulesPage(pending, failed, done, time.format(since),
                time.zone().getId());
    }

    private static Row row(Schedule s, ContentView author, PortalTime time) {
        return new Row(s.id(), s.path(), ScheduleTargets.title(author, s.path()), s.action().label(),
                time.format(s.at()), s.user(), s.failed() ? s.failure() : "", time.format(s.failedAt()));
    }
}
