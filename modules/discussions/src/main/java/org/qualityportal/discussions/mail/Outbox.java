package org.qualityportal.discussions.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.Records;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.StoredValues;

/**
 * Mail waiting to go out (kind {@code mail-outbox}). Every mail is written here before the first
 * attempt, so a mail server that is down, a restart or a crash in between loses nothing: what is here is
 * retried until it goes out (and is removed) or has failed {@link #MAX_ATTEMPTS} times (and is kept,
 * marked as given up, for whoever looks into it).
 */
final class Outbox {
    static final String KIND = "mail-outbox";
    static final int MAX_ATTEMPTS = 10;

    private final Records records;
    private final ModuleTime time;

    Outbox(Records records, ModuleTime time) {
        this.records = records;
        this.time = time;
    }

    /** A stored mail. {@code unsubscribe} goes into the {@code List-Unsubscribe} header. */
    record Letter(String id, String login, String to, String subject, String body, String unsubscribe,
                  int attempts, String lastError, boolean gaveUp) {
    }

    Letter put(String login, String to, String subject, String body, String unsubscribe) {
        Map<String, Object> values = Map.of("login", login, "to", to, "subject", subject, "body", body,
                "unsubscribe", unsubscribe, "attempts", 0, "gaveUp", false);
        return new Letter(records.append(KIND, values), login, to, subject, body, unsubscribe, 0, "", false);
    }

    Optional<Letter> get(String id) {
        return records.get(KIND, id).map(Outbox::letter);
    }

    /** Mail still to try, the oldest first (records list newest first). */
    List<Letter> pending() {
        List<Letter> all = new ArrayList<>(records.list(KIND).stream().map(Outbox::letter)
                .filter(l -> !l.gaveUp()).toList());
        java.util.Collections.reverse(all);
        return all;
    }

    /** Everything here, given up or not, the newest first. */
    List<Letter> all() {
        return records.list(KIND).stream().map(Outbox::letter).toList();
    }

    void sent(Letter letter) {
        records.remove(KIND, letter.id());
    }

    /** Counts a failed attempt; returns the letter as it now stands (given up after the last one). */
    Letter failed(Letter letter, String error) {
        int attempts = letter.attempts() + 1;
        boolean gaveUp = attempts >= MAX_ATTEMPTS;
        Map<String, Object> values = new HashMap<>();
        values.put("attempts", attempts);
        values.put("lastError", StoredValues.orEmpty(error));
        values.put("gaveUp", gaveUp);
        values.put("lastAttempt", time.now().toString());
        records.update(KIND, letter.id(), values);
        return new Letter(letter.id(), letter.login(), letter.to(), letter.subject(), letter.body(),
                letter.unsubscribe(), attempts, StoredValues.orEmpty(error), gaveUp);
    }

    private static Letter letter(Records.Record r) {
        return new Letter(r.id(), StoredValues.text(r, "login"), StoredValues.text(r, "to"),
                StoredValues.text(r, "subject"), StoredValues.text(r, "body"), StoredValues.text(r, "unsubscribe"),
                StoredValues.integer(r, "attempts"), StoredValues.text(r, "lastError"), StoredValues.flag(r, "gaveUp"));
    }
}
