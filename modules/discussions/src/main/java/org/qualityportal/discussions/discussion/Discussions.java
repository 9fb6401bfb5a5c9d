package org.qualityportal.discussions.discussion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;
import org.qualityportal.discussions.ModuleTime;
import org.springframework.stereotype.Component;

import static org.qualityportal.discussions.StoredValues.flag;
import static org.qualityportal.discussions.StoredValues.instant;
import static org.qualityportal.discussions.StoredValues.list;
import static org.qualityportal.discussions.StoredValues.stamp;
import static org.qualityportal.discussions.StoredValues.text;

/** The discussions, as system records of kind {@code discussion}; each change is one save. */
@Component
public class Discussions {
    static final String KIND = "discussion";

    private final Records records;
    private final ModuleTime time;
    private final ChangeListeners listeners = new ChangeListeners();

    public Discussions(ContentStore store, ModuleTime time) {
        this.records = store.records();
        this.time = time;
    }

    /** Tells {@code listener} the id of every discussion opened or changed, after it is stored. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Newest first. */
    public List<Discussion> all() {
        return records.list(KIND).stream().map(Discussions::discussion).toList();
    }

    public Optional<Discussion> find(String id) {
        try {
            return id == null ? Optional.empty() : records.get(KIND, id).map(Discussions::discussion);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Discussions of one document, newest first. */
    public List<Discussion> ofDocument(String path) {
        return all().stream().filter(d -> d.documentPath().equals(path)).toList();
    }

    public Discussion open(String documentPath, String title, Instant opens, Instant closes, Set<Track> tracks,
                           List<Section> sections, Instant reviewDue, String by) {
        Map<String, Object> values = new HashMap<>();
        values.put("documentPath", documentPath);
        values.put("title", title);
        values.put("opens", opens.toString());
        values.put("closes", closes.toString());
        values.put("tracks", tracks.stream().map(Track::name).sorted().toList());
        values.put("sectionAnchors", sections.stream().map(Section::anchor).toList());
        values.put("sectionTitles", sections.stream().map(Section::title).toList());
        values.put("sectionTexts", sections.stream().map(Section::text).toList());
        values.put("reviewDue", stamp(reviewDue));
        values.put("resultsPublished", false);
        values.put("openedBy", by);
        String id = records.append(KIND, values);
        listeners.changed(id);
        return find(id).orElseThrow();
    }

    /** Ends the period now (or leaves it if it already ended). */
    public Discussion close(String id) {
        Discussion d = find(id).orElseThrow();
        Instant now = time.now();
        if (now.isBefore(d.closes())) {
            Map<String, Object> values = new HashMap<>();
            values.put("closes", now.toString());
            if (now.isBefore(d.opens())) {
                values.put("opens", now.toString());
            }
            records.update(KIND, id, values);
            listeners.changed(id);
        }
        return find(id).orElseThrow();
    }

    /** Ends the expert review now: from here on experts see each other's evaluations. */
    public Discussion closeReview(String id) {
        Discussion d = find(id).orElseThrow();
        if (d.reviewDue() == null || time.now().isBefore(d.reviewDue())) {
            records.update(KIND, id, Map.of("reviewDue", time.now().toString()));
        }
        return find(id).orElseThrow();
    }

    public Discussion publishResults(String id, boolean published) {
        records.update(KIND, id, Map.of("resultsPublished", published));
        listeners.changed(id);
        return find(id).orElseThrow();
    }

    static Discussion discussion(Records.Record r) {
        Set<Track> tracks = EnumSet.noneOf(Track.class);
        list(r, "tracks").forEach(t -> Track.of(t).ifPresent(tracks::add));
        List<String> anchors = list(r, "sectionAnchors");
        List<String> titles = list(r, "sectionTitles");
        List<String> texts = list(r, "sectionTexts");
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < anchors.size() && i < titles.size() && i < texts.size(); i++) {
            sections.add(new Section(anchors.get(i), titles.get(i), texts.get(i)));
        }
        return new Discussion(r.id(), text(r, "documentPath"), text(r, "title"), instant(r, "opens"),
                instant(r, "closes"), tracks, sections, instant(r, "reviewDue"), flag(r, "resultsPublished"),
                text(r, "openedBy"), r.created());
    }

    /** Order for lists: open first, then by closing date, newest first. */
    public static Comparator<Discussion> byRecency() {
        return Comparator.comparing(Discussion::closes).reversed();
    }
}
