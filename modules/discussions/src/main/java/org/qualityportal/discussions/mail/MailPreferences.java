package org.qualityportal.discussions.mail;

import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;
import org.springframework.stereotype.Component;

/**
 * Each person's {@link MailMode}, one system record per login (kind {@code mail-preference}). Nobody has
 * to opt in: without a record the mode is {@link MailMode#IMMEDIATE}, because most notifications answer
 * something the person did (applied, commented) and expect an answer. A change updates the record in
 * place; should two records for a login ever exist (two first saves at once), the newest wins.
 */
@Component
public class MailPreferences {
    static final String KIND = "mail-preference";

    private final Records records;

    public MailPreferences(ContentStore store) {
        this.records = store.records();
    }

    public MailMode mode(String login) {
        return latest(login).flatMap(r -> MailMode.parse(r.string("mode"))).orElse(MailMode.IMMEDIATE);
    }

    public void set(String login, MailMode mode) {
        Optional<Records.Record> existing = latest(login);
        if (existing.isPresent()) {
            records.update(KIND, existing.get().id(), Map.of("mode", mode.name()));
        } else {
            records.append(KIND, Map.of("login", login, "mode", mode.name()));
        }
    }

    /** Records list newest first, so the first match is the latest. */
    private Optional<Records.Record> latest(String login) {
        return records.list(KIND).stream().filter(r -> login.equals(r.string("login"))).findFirst();
    }
}
