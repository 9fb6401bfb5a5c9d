package org.qualityportal.discussions.discussion;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.results.Disposition;
import org.springframework.stereotype.Component;

import static org.qualityportal.discussions.StoredValues.instant;
import static org.qualityportal.discussions.StoredValues.integer;
import static org.qualityportal.discussions.StoredValues.list;
import static org.qualityportal.discussions.StoredValues.text;

/**
 * Contributions, as system records of kind {@code contribution}. Nothing is ever removed: withdrawing,
 * hiding and rejecting change the status and keep the text, so the exports can account for every item.
 */
@Component
public class Contributions {
    static final String KIND = "contribution";

    private final Records records;
    private final ModuleTime time;
    private final ChangeListeners listeners = new ChangeListeners();

    public Contributions(ContentStore store, ModuleTime time) {
        this.records = store.records();
        this.time = time;
    }

    /** Tells {@code listener} the discussion id of every contribution added or changed, after it is stored. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Everything posted, oldest first. */
    public List<Contribution> all() {
        return records.list(KIND).stream().map(Contributions::contribution)
                .sorted(Comparator.comparing(Contribution::id)).toList();
    }

    /** A discussion's contributions, oldest first. */
    public List<Contribution> of(String discussionId) {
        return all().stream().filter(c -> c.discussionId().equals(discussionId)).toList();
    }

    public List<Contribution> byAuthor(String login) {
        return all().stream().filter(c -> c.author().equals(login)).toList();
    }

    public Optional<Contribution> find(String id) {
        try {
            return id == null ? Optional.empty() : records.get(KIND, id).map(Contributions::contribution);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stores a new contribution with the given status; returns it. */
    public Contribution add(Draft draft, ContributionStatus status) {
        Map<String, Object> values = new HashMap<>();
        values.put("discussion", draft.discussionId());
        values.put("parent", draft.parentId() == null ? "" : draft.parentId());
        values.put("depth", (long) draft.depth());
        values.put("author", draft.author());
        values.put("authorName", draft.authorName());
        values.put("track", draft.track().name());
        values.put("anchor", draft.anchor() == null ? "" : draft.anchor());
        values.put("stance", draft.stance().name());
        values.put("text", draft.text());
        values.put("municipality", draft.municipality() == null ? "" : draft.municipality());
        values.put("status", status.name());
        Contribution added = find(records.append(KIND, values)).orElseThrow();
        listeners.changed(added.discussionId());
        return added;
    }

    /** What a new contribution is made of, before it is stored. */
    public record Draft(String discussionId, String parentId, int depth, String author, String authorName, Track track,
                        String anchor, Stance stance, String text, String municipality) {
    }

    public Contribution edit(String id, String text, Stance stance) {
        return update(id, Map.of("text", text, "stance", stance.name(), "edited", time.now().toString()));
    }

    public Contribution status(String id, ContributionStatus status, String reason, String by) {
        return update(id, Map.of("status", status.name(), "moderation", reason == null ? "" : reason,
                "moderatedBy", by == null ? "" : by));
    }

    /** Counts a reader's report once per reader; returns the contribution with its new count. */
    public Contribution report(String id, String reporter) {
        Contribution c = find(id).orElseThrow();
        List<String> reporters = new java.util.ArrayList<>(records.get(KIND, id).map(r -> list(r, "reporters"))
                .orElse(List.of()));
        if (!reporters.contains(reporter)) {
            reporters.add(reporter);
            return update(id, Map.of("reporters", reporters, "reports", (long) reporters.size()));
        }
        return c;
    }

    /**
     * Clears the reports after a moderator looked and left the contribution up; the readers are forgotten
     * too, so a later report counts from one (and may come from a reader who reported before).
     */
    public Contribution clearReports(String id) {
        Map<String, Object> values = new HashMap<>();
        values.put("reports", 0L);
        values.put("reporters", null);
        values.put("reportsCleared", time.now().toString());
        return update(id, values);
    }

    public Contribution dispose(String id, Disposition disposition, String reason, String link) {
        return update(id, Map.of("disposition", disposition.name(), "dispositionReason", reason,
                "dispositionLink", link));
    }

    private Contribution update(String id, Map<String, ?> values) {
        if (!records.update(KIND, id, values)) {
            throw new IllegalArgumentException("no contribution " + id);
        }
        Contribution changed = find(id).orElseThrow();
        listeners.changed(changed.discussionId());
        return changed;
    }

    static Contribution contribution(Records.Record r) {
        String parent = text(r, "parent");
        String anchor = text(r, "anchor");
        Instant edited = instant(r, "edited");
        return new Contribution(r.id(), text(r, "discussion"), parent.isEmpty() ? null : parent, integer(r, "depth"),
                text(r, "author"), text(r, "authorName"), Track.of(text(r, "track")).orElse(Track.PUBLIC),
                anchor.isEmpty() ? null : anchor, Stance.of(text(r, "stance")).orElse(Stance.NEUTRAL), text(r, "text"),
                text(r, "municipality"), ContributionStatus.of(text(r, "status")).orElse(ContributionStatus.PENDING),
                text(r, "moderation"), integer(r, "reports"), r.created(), edited,
                Disposition.of(text(r, "disposition")).orElse(null), text(r, "dispositionReason"),
                text(r, "dispositionLink"));
    }
}
