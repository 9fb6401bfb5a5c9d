package org.qualityportal.discussions;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.qualityportal.api.Account;
import org.qualityportal.content.oak.OakContentStore;
import org.qualityportal.discussions.discussion.Blocks;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.Contributions;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Discussions;
import org.qualityportal.discussions.discussion.Moderation;
import org.qualityportal.discussions.discussion.Posting;
import org.qualityportal.discussions.discussion.Section;
import org.qualityportal.discussions.discussion.Track;
import org.qualityportal.discussions.registry.Expert;
import org.qualityportal.discussions.registry.ExpertApplication;
import org.qualityportal.discussions.registry.ExpertRegistry;
import org.qualityportal.discussions.web.Viewer;

/**
 * The discussion parts wired by hand on a real in-memory Oak, with a clock the test moves, accounts in
 * a map, and an audit trail and event sinks that remember what they were told. Close it after the test.
 */
public final class DiscussionFixture implements AutoCloseable {
    /** Monday 2 March 2026, 10:00 in Moscow. */
    public static final Instant START = Instant.parse("2026-03-02T07:00:00Z");
    public static final List<Section> SECTIONS = List.of(
            new Section("s-goals", "Цели", "Цели дорожной карты на 2026 год"),
            new Section("s-terms", "Сроки", "Сроки выполнения мероприятий"));

    public final TestClock clock = new TestClock(START);
    public final ModuleTime time = new ModuleTime(clock);
    public final OakContentStore store = OakContentStore.inMemory(clock);
    public final DiscussionsProperties properties;
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final RecordingAudit audit = new RecordingAudit();
    public final RecordingEvents events = new RecordingEvents();
    public final Discussions discussions = new Discussions(store, time);
    public final Contributions contributions = new Contributions(store, time);
    public final Blocks blocks = new Blocks(store);
    public final ExpertRegistry registry = new ExpertRegistry(store, accounts, time);
    public final Posting posting;
    public final Moderation moderation;

    public DiscussionFixture() {
        this(DiscussionsProperties.defaults());
    }

    public DiscussionFixture(DiscussionsProperties properties) {
        this.properties = properties;
        this.posting = new Posting(discussions, contributions, blocks, registry, accounts, audit, properties, time,
                events);
        this.moderation = new Moderation(discussions, contributions, blocks, audit, events);
    }

    /** A discussion that opened yesterday and closes in two weeks, with the two sections above. */
    public Discussion open(Track... tracks) {
        return discussions.open("/documents/roadmap-2026", "Дорожная карта 2026", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(14)), Set.of(tracks), SECTIONS,
                clock.instant().plus(Duration.ofDays(21)), "editor");
    }

    /** A registered participant (account and viewer). */
    public Viewer participant(String login) {
        return person(login, Account.PARTICIPANT);
    }

    /** An account with the roles, and the viewer it signs in as. */
    public Viewer person(String login, String... roles) {
        accounts.person(login, "Имя " + login, login + "@example.ru", roles);
        return viewer(login);
    }

    /** The viewer as the account is now (its roles as granted or revoked since). */
    public Viewer viewer(String login) {
        return new Viewer(login, new HashSet<>(accounts.find(login).orElseThrow().roles()));
    }

    /** A participant who applied to the registry; not yet decided. */
    public Expert applicant(String login) {
        participant(login);
        return registry.apply(accounts.find(login).orElseThrow(), application());
    }

    /** An approved expert of the registry, with the expert role. */
    public Viewer expert(String login) {
        registry.approve(applicant(login).id(), "moderator");
        return viewer(login);
    }

    public static ExpertApplication application() {
        return new ExpertApplication("МАОУ «Лицей № 31»", "Заместитель директора", "/municipalities/miass",
                List.of("1.1", "2.3"), "Экспертиза в сфере оценки качества образования", "2021", true);
    }

    public static Posting.Form form(String text) {
        return new Posting.Form("public", "", "neutral", text, "", null);
    }

    public static Posting.Form reply(String parentId, String text) {
        return new Posting.Form("", "", "for", text, "", parentId);
    }

    /** Posts a few minutes after the previous action, as people write (keeps clear of the rate limit). */
    public Posting.Outcome post(Discussion d, Viewer viewer, Posting.Form form) {
        clock.advance(Duration.ofMinutes(3));
        return posting.post(d, viewer, form);
    }

    /** Posts and expects it to be stored. */
    public Contribution posted(Discussion d, Viewer viewer, Posting.Form form) {
        Posting.Outcome outcome = post(d, viewer, form);
        if (!outcome.ok()) {
            throw new AssertionError("not posted: " + outcome.errors());
        }
        return outcome.contribution();
    }

    public Contribution reload(Contribution c) {
        return contributions.find(c.id()).orElseThrow();
    }

    @Override
    public void close() {
        store.close();
    }
}
