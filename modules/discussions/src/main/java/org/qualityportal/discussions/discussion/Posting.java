package org.qualityportal.discussions.discussion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.qualityportal.api.Account;
import org.qualityportal.api.Accounts;
import org.qualityportal.api.AuditTrail;
import org.qualityportal.discussions.DiscussionsProperties;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.registry.ExpertRegistry;
import org.qualityportal.discussions.web.Viewer;
import org.springframework.stereotype.Component;

/**
 * Posting, editing, withdrawing and reporting contributions: checks who may (see {@link Participation}),
 * guards against spam, decides pre- or post-moderation, stores, audits. Every outcome that is a refusal
 * comes back as a Russian message keyed by the form field it concerns.
 */
@Component
public class Posting {
    /** Replies nest at most this deep (0 = a comment); a reply to the deepest level joins its thread. */
    public static final int MAX_DEPTH = 2;
    private static final Set<String> TRUSTED_ROLES = Set.of(Account.EXPERT, Account.EDITOR, Account.PUBLISHER,
            Account.MODERATOR, Account.ADMIN);

    private final Discussions discussions;
    private final Contributions contributions;
    private final Blocks blocks;
    private final ExpertRegistry registry;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final DiscussionsProperties properties;
    private final ModuleTime time;
    private final SpamGuard spam;
    private final DiscussionEvents events;

    public Posting(Discussions discussions, Contributions contributions, Blocks blocks, ExpertRegistry registry,
                   Accounts accounts, AuditTrail audit, DiscussionsProperties properties, ModuleTime time,
                   DiscussionEvents events) {
        this.discussions = discussions;
        this.contributions = contributions;
        this.blocks = blocks;
        this.registry = registry;
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
        this.time = time;
        this.spam = new SpamGuard(properties);
        this.events = events;
    }

    /** What a contribution form posts. */
    public record Form(String track, String anchor, String stance, String text, String municipality, String parent) {
        public Form {
            track = track == null ? "" : track;
            anchor = anchor == null ? "" : anchor;
            stance = stance == null ? "" : stance;
            text = text == null ? "" : text;
            municipality = municipality == null ? "" : municipality;
            parent = parent == null ? "" : parent;
        }
    }

    /** What kind of no an outcome is: the form has mistakes, the person may not post now, or posts too fast. */
    public enum Problem { NONE, INVALID, FORBIDDEN, TOO_FAST }

    /** The outcome: the stored contribution, or the problems by field. */
    public record Outcome(Contribution contribution, Map<String, String> errors, Problem problem) {
        public boolean ok() {
            return errors.isEmpty();
        }

        static Outcome done(Contribution c) {
            return new Outcome(c, Map.of(), Problem.NONE);
        }

        static Outcome refused(String field, String message, Problem problem) {
            return new Outcome(null, Map.of(field, message), problem);
        }

        static Outcome invalid(Map<String, String> errors) {
            return new Outcome(null, errors, Problem.INVALID);
        }
    }

    /** Why the viewer may not post in the track now, or empty. */
    public Optional<String> refusal(Discussion d, Track track, Viewer viewer) {
        return Participation.refusal(d, track, viewer,
                viewer.signedIn() ? blocks.of(viewer.login()).map(b -> b.reason() == null ? "" : b.reason())
                        : Optional.empty(),
                registry.byLogin(viewer.login()), time.now(), time);
    }

    public Outcome post(Discussion d, Viewer viewer, Form form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Contribution> parent = Optional.ofNullable(form.parent()).filter(p -> !p.isBlank())
                .flatMap(contributions::find).filter(p -> p.discussionId().equals(d.id()));
        if (form.parent() != null && !form.parent().isBlank() && parent.isEmpty()) {
            return Outcome.refused("text", "Сообщение, на которое вы отвечаете, не найдено.", Problem.INVALID);
        }
        // the thread shows replies under published, hidden and withdrawn contributions only; a reply to a
        // pending one would vanish with it if it were rejected
        if (parent.isPresent() && parent.get().status() != ContributionStatus.PUBLISHED) {
            return Outcome.refused("text", "Ответить можно только на опубликованное сообщение.", Problem.INVALID);
        }
        Track track = parent.map(Contribution::track).orElseGet(() -> Track.of(form.track()).orElse(null));
        if (track == null) {
            return Outcome.refused("track", "Выберите часть обсуждения.", Problem.INVALID);
        }
        Optional<String> refused = refusal(d, track, viewer);
        if (refused.isPresent()) {
            return Outcome.refused("text", refused.get(), Problem.FORBIDDEN);
        }
        String text = TextFormat.clean(form.text());
        Optional<Stance> stance = Stance.of(form.stance());
        String anchor = parent.map(Contribution::anchor).orElse(form.anchor() == null || form.anchor().isBlank()
                ? null : form.anchor());
        checkText(text, errors);
        if (stance.isEmpty()) {
            errors.put("stance", "Выберите позицию: за, нейтрально или против.");
        }
        if (anchor != null && d.section(anchor).isEmpty()) {
            errors.put("anchor", "Такого раздела в обсуждении нет.");
        }
        String municipality = form.municipality() == null ? "" : form.municipality().strip();
        if (municipality.length() > 200) {
            errors.put("municipality", "Не длиннее 200 знаков.");
        }
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        List<Contribution> mine = contributions.byAuthor(viewer.login());
        Optional<String> flood = spam.tooFast(mine, time.now());
        if (flood.isPresent()) {
            return Outcome.refused("text", flood.get(), Problem.TOO_FAST);
        }
        Optional<String> repeat = spam.repeated(d.id(), text, mine);
        if (repeat.isPresent()) {
            return Outcome.refused("text", repeat.get(), Problem.INVALID);
        }
        int depth = parent.map(p -> Math.min(p.depth() + 1, MAX_DEPTH)).orElse(0);
        String parentId = parent.map(p -> p.depth() >= MAX_DEPTH ? p.parentId() : p.id()).orElse(null);
        String name = accounts.find(viewer.login()).map(Account::displayName).orElse(viewer.login());
        ContributionStatus status = trusted(viewer, mine) ? ContributionStatus.PUBLISHED : ContributionStatus.PENDING;
        Contribution c = contributions.add(new Contributions.Draft(d.id(), parentId, depth, viewer.login(), name, track,
                anchor, stance.get(), text, municipality), status);
        audit.record(viewer.login(), "CONTRIBUTION_POSTED", "Сообщение в обсуждении", path(d, c),
                track.label() + (status == ContributionStatus.PENDING ? ", на премодерации" : ""));
        if (c.visible()) {
            events.published(d, c);
        }
        return Outcome.done(c);
    }

    /** An author's own edit, within the edit window and while the discussion is open. */
    public Outcome edit(Discussion d, Contribution c, Viewer viewer, String newText, String newStance) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<String> refused = editRefusal(d, c, viewer);
        if (refused.isPresent()) {
            return Outcome.refused("text", refused.get(), Problem.FORBIDDEN);
        }
        String text = TextFormat.clean(newText);
        checkText(text, errors);
        Optional<Stance> stance = Stance.of(newStance);
        if (stance.isEmpty()) {
            errors.put("stance", "Выберите позицию: за, нейтрально или против.");
        }
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        Contribution edited = contributions.edit(c.id(), text, stance.get());
        audit.record(viewer.login(), "CONTRIBUTION_EDITED", "Сообщение изменено автором", path(d, c), "");
        return Outcome.done(edited);
    }

    /** Why the viewer may not edit the contribution now, or empty. */
    public Optional<String> editRefusal(Discussion d, Contribution c, Viewer viewer) {
        if (!viewer.signedIn() || !c.author().equals(viewer.login())) {
            return Optional.of("Изменить сообщение может только его автор.");
        }
        if (d.phase(time.now()) != Discussion.Phase.OPEN) {
            return Optional.of("Обсуждение завершено; сообщения больше не меняются.");
        }
        if (c.status() != ContributionStatus.PUBLISHED && c.status() != ContributionStatus.PENDING) {
            return Optional.of("Это сообщение уже нельзя изменить: " + c.status().label().toLowerCase() + ".");
        }
        if (time.now().isAfter(c.created().plus(properties.editWindow()))) {
            return Optional.of("Изменить сообщение можно в течение " + properties.editWindow().toMinutes()
                    + " мин после отправки.");
        }
        return Optional.empty();
    }

    /** The author takes a contribution back; a trace stays in the thread. */
    public boolean withdraw(Discussion d, Contribution c, Viewer viewer) {
        if (!viewer.signedIn() || !c.author().equals(viewer.login()) || d.phase(time.now()) != Discussion.Phase.OPEN
                || (c.status() != ContributionStatus.PUBLISHED && c.status() != ContributionStatus.PENDING)) {
            return false;
        }
        contributions.status(c.id(), ContributionStatus.WITHDRAWN, "", viewer.login());
        audit.record(viewer.login(), "CONTRIBUTION_WITHDRAWN", "Сообщение отозвано автором", path(d, c), "");
        return true;
    }

    /** A reader reports someone else's published contribution; false (and nothing counted) for anything else. */
    public boolean report(Discussion d, Contribution c, Viewer viewer) {
        if (c.status() != ContributionStatus.PUBLISHED || c.author().equals(viewer.login())) {
            return false;
        }
        contributions.report(c.id(), viewer.login());
        audit.record(viewer.login(), "CONTRIBUTION_REPORTED", "Жалоба на сообщение", path(d, c), "");
        return true;
    }

    private void checkText(String text, Map<String, String> errors) {
        if (text.isEmpty()) {
            errors.put("text", "Напишите текст сообщения.");
        } else if (text.length() > properties.maxLength()) {
            errors.put("text", "Сообщение длиннее " + properties.maxLength() + " знаков: сократите его.");
        }
    }

    /** Post-moderated: staff and experts, and participants with enough published contributions. */
    private boolean trusted(Viewer viewer, List<Contribution> mine) {
        if (TRUSTED_ROLES.stream().anyMatch(viewer::has)) {
            return true;
        }
        return mine.stream().filter(c -> c.status() == ContributionStatus.PUBLISHED).count() >= properties.trustedAfter();
    }

    public static String path(Discussion d, Contribution c) {
        return "/discussions/" + d.id() + (c == null ? "" : "#c-" + c.id());
    }
}
