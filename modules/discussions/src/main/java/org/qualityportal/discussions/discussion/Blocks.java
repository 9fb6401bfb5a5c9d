package org.qualityportal.discussions.discussion;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;
import org.springframework.stereotype.Component;

/** Participants a moderator has blocked from posting (records of kind {@code participant-block}). */
@Component
public class Blocks {
    static final String KIND = "participant-block";

    private final Records records;

    public Blocks(ContentStore store) {
        this.records = store.records();
    }

    /** A block in force. */
    public record Block(String id, String login, String reason, String by) {
    }

    public Optional<Block> of(String login) {
        return all().stream().filter(b -> b.login().equals(login)).findFirst();
    }

    public List<Block> all() {
        return records.list(KIND).stream()
                .map(r -> new Block(r.id(), r.string("login"), r.string("reason"), r.string("by"))).toList();
    }

    public void block(String login, String reason, String by) {
        if (of(login).isEmpty()) {
            records.append(KIND, Map.of("login", login, "reason", reason, "by", by));
        }
    }

    public boolean unblock(String login) {
        return of(login).map(b -> records.remove(KIND, b.id())).orElse(false);
    }
}
