package org.qualityportal.discussions.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.api.Account;
import org.qualityportal.api.Accounts;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;
import org.qualityportal.discussions.ModuleTime;
import org.springframework.stereotype.Component;

import static org.qualityportal.discussions.StoredValues.date;
import static org.qualityportal.discussions.StoredValues.flag;
import static org.qualityportal.discussions.StoredValues.instant;
import static org.qualityportal.discussions.StoredValues.integer;
import static org.qualityportal.discussions.StoredValues.list;
import static org.qualityportal.discussions.StoredValues.text;

/**
 * The regional expert registry, kept as system records of kind {@code expert} (one per account; a
 * declined applicant may apply again, which updates the same record). Approving adds the account's
 * {@code expert} role; suspending or leaving takes it away.
 */
@Component
public class ExpertRegistry {
    static final String KIND = "expert";

    private final Records records;
    private final Accounts accounts;
    private final ModuleTime time;

    public ExpertRegistry(ContentStore store, Accounts accounts, ModuleTime time) {
        this.records = store.records();
        this.accounts = accounts;
        this.time = time;
    }

    /** Every entry, applicants included, by name. */
    public List<Expert> all() {
        return records.list(KIND).stream().map(ExpertRegistry::expert)
                .sorted(Comparator.comparing(Expert::name).thenComparing(Expert::login)).toList();
    }

    public List<Expert> active() {
        return all().stream().filter(Expert::active).toList();
    }

    public Optional<Expert> byLogin(String login) {
        return login == null ? Optional.empty() : records.list(KIND).stream()
                .filter(r -> login.equals(r.string("login"))).findFirst().map(ExpertRegistry::expert);
    }

    public Optional<Expert> byId(String id) {
        try {
            return records.get(KIND, id).map(ExpertRegistry::expert);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Files (or files again, after a decline) the account's application.
     *
     * @throws IllegalStateException when the account is already in the registry or waiting for a decision
     */
    public Expert apply(Account account, ExpertApplication form) {
        Optional<Expert> existing = byLogin(account.login());
        if (existing.isPresent() && existing.get().status() != ExpertStatus.DECLINED
                && existing.get().status() != ExpertStatus.LEFT) {
            throw new IllegalStateException("already in the registry: " + account.login());
        }
        Map<String, Object> values = new HashMap<>();
        values.put("login", account.login());
        values.put("name", account.displayName());
        values.put("email", account.email());
        values.put("organisation", form.organisation());
        values.put("position", form.position());
        values.put("municipality", form.municipality());
        values.put("areas", form.areas());
        values.put("qualification", form.qualification());
        values.put("qualificationYear", (long) Math.max(0, form.year()));
        values.put("showContacts", form.showContacts());
        values.put("status", ExpertStatus.APPLICANT.name());
        values.put("decisionReason", "");
        values.put("applied", time.now().toString());
        if (existing.isPresent()) {
            records.update(KIND, existing.get().id(), values);
            return byId(existing.get().id()).orElseThrow();
        }
        return byId(records.append(KIND, values)).orElseThrow();
    }

    /** Approves an application: active from today, with the expert role. */
    public Expert approve(String id, String moderator) {
        Expert e = decide(id, ExpertStatus.ACTIVE, "", moderator);
        accounts.grant(e.login(), Account.EXPERT);
        return e;
    }

    public Expert decline(String id, String reason, String moderator) {
        return decide(id, ExpertStatus.DECLINED, reason, moderator);
    }

    /** Suspends an active expert (they keep their history but may not post in the expert track or review). */
    public Expert suspend(String id, String reason, String moderator) {
        Expert e = decide(id, ExpertStatus.SUSPENDED, reason, moderator);
        accounts.revoke(e.login(), Account.EXPERT);
        return e;
    }

    /** Brings a suspended expert back. */
    public Expert reinstate(String id, String moderator) {
        Expert e = decide(id, ExpertStatus.ACTIVE, "", moderator);
        accounts.grant(e.login(), Account.EXPERT);
        return e;
    }

    private Expert decide(String id, ExpertStatus status, String reason, String moderator) {
        Expert e = byId(id).orElseThrow(() -> new IllegalArgumentException("no expert " + id));
        Map<String, Object> values = new HashMap<>();
        values.put("status", status.name());
        values.put("decisionReason", reason == null ? "" : reason);
        values.put("decidedBy", moderator);
        if (status == ExpertStatus.ACTIVE && e.included() == null) {
            values.put("included", time.today().toString());
        }
        records.update(KIND, id, values);
        return byId(id).orElseThrow();
    }

    static Expert expert(Records.Record r) {
        return new Expert(r.id(), text(r, "login"), text(r, "name"), text(r, "email"), text(r, "organisation"),
                text(r, "position"), text(r, "municipality"), list(r, "areas"), text(r, "qualification"),
                integer(r, "qualificationYear"), flag(r, "showContacts"),
                ExpertStatus.of(text(r, "status")).orElse(ExpertStatus.APPLICANT), text(r, "decisionReason"),
                text(r, "decidedBy"), date(r, "included"), instant(r, "applied"));
    }

}
