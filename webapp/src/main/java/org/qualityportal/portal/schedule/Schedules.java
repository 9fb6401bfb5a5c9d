package org.qualityportal.portal.schedule;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;
import org.springframework.stereotype.Component;

/**
 * The schedules, as system records: those waiting or failed (kind {@code schedule}) and those carried
 * out (kind {@code schedule-done}, one record each, with the note of what happened).
 */
@Component
public class Schedules {
    static final String PENDING = "schedule";
    static final String DONE = "schedule-done";

    private final Records records;

    Schedules(ContentStore store) {
        this.records = store.records();
    }

    /** A schedule carried out. {@code executed} is when. */
    public record Done(String path, ScheduleAction action, Instant at, String user, Instant executed, String note) {
    }

    String add(String path, ScheduleAction action, Instant at, String user) {
        return records.append(PENDING, Map.of("path", path, "action", action.name(), "at", at.toString(),
                "user", user));
    }

    /** Every waiting or failed schedule, the earliest first. */
    public List<Schedule> all() {
        return records.list(PENDING).stream().map(Schedules::schedule).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Schedule::at).thenComparing(Schedule::id)).toList();
    }

    Optional<Schedule> find(String id) {
        return records.get(PENDING, id).flatMap(Schedules::schedule);
    }

    boolean cancel(String id) {
        return records.remove(PENDING, id);
    }

    void failed(Schedule schedule, String reason, Instant when) {
        records.update(PENDING, schedule.id(), Map.of("failure", reason, "failedAt", when.toString()));
    }

    /** Moves a schedule carried out from the waiting ones to the done ones. */
    void done(Schedule schedule, String note) {
        records.append(DONE, Map.of("path", schedule.path(), "action", schedule.action().name(),
                "at", schedule.at().toString(), "user", schedule.user(), "note", note));
        records.remove(PENDING, schedule.id());
    }

    /** Schedules carried out since {@code since}, the latest first. */
    List<Done> doneSince(Instant since) {
        return records.list(DONE, since, null).stream().map(r -> {
            Optional<ScheduleAction> action = action(r.string("action"));
            return action.map(a -> new Done(r.string("path"), a, Instant.parse(r.string("at")), r.string("user"),
                    r.created(), r.string("note") == null ? "" : r.string("note")));
        }).flatMap(Optional::stream).toList();
    }

    private static Optional<Schedule> schedule(Records.Record r) {
        return action(r.string("action")).map(action -> new Schedule(r.id(), r.string("path"), action,
                Instant.parse(r.string("at")), r.string("user"), r.created(), r.string("failure"),
                r.string("failedAt") == null ? null : Instant.parse(r.string("failedAt"))));
    }

    private static Optional<ScheduleAction> action(String name) {
        try {
            return Optional.of(ScheduleAction.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
