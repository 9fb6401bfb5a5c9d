package org.qualityportal.discussions.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.Records;
import org.qualityportal.discussions.StoredValues;

/**
 * Notifications waiting for the daily digest (kind {@code mail-digest}). They stay here until the digest
 * that carries them has been put in the {@link Outbox}; from then on the outbox answers for delivery.
 */
final class DigestQueue {
    static final String KIND = "mail-digest";

    private final Records records;

    DigestQueue(Records records) {
        this.records = records;
    }

    record Item(String id, String login, NotificationKind kind, String subject, String text, String link) {
    }

    void add(String login, NotificationKind kind, String subject, String text, String link) {
        records.append(KIND, Map.of("login", login, "kind", kind.name(), "subject", StoredValues.orEmpty(subject),
                "text", StoredValues.orEmpty(text), "link", StoredValues.orEmpty(link)));
    }

    /** The waiting items by login, each person's in the order they came. */
    Map<String, List<Item>> byLogin() {
        List<Records.Record> newestFirst = records.list(KIND);
        Map<String, List<Item>> map = new LinkedHashMap<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Records.Record r = newestFirst.get(i);
            Item item = new Item(r.id(), StoredValues.text(r, "login"), kind(r.string("kind")),
                    StoredValues.text(r, "subject"), StoredValues.text(r, "text"), StoredValues.text(r, "link"));
            map.computeIfAbsent(item.login(), k -> new ArrayList<>()).add(item);
        }
        return map;
    }

    void remove(List<Item> items) {
        items.forEach(item -> records.remove(KIND, item.id()));
    }

    int size() {
        return records.list(KIND).size();
    }

    private static NotificationKind kind(String name) {
        try {
            return NotificationKind.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return NotificationKind.REPLY; // a kind renamed since queuing: still deliver the text
        }
    }
}
