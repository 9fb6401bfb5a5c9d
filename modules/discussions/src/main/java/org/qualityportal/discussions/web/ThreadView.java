package org.qualityportal.discussions.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.ContributionStatus;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.Posting;
import org.qualityportal.discussions.discussion.TextFormat;

/**
 * A discussion's contributions as threads, ready to print: visible ones with their formatted text,
 * withdrawn and hidden ones as placeholders (their replies stay), and what the viewer may do with each.
 * Contributions still waiting for a moderator are shown only to their author.
 */
public final class ThreadView {
    private ThreadView() {
    }

    /** One contribution in a thread. */
    public record Item(String id, String author, String track, String section, String stance, String stanceId,
                       String html, String placeholder, String status, String created, String edited,
                       boolean own, boolean canEdit, boolean canReply, boolean canReport, boolean canHide,
                       List<Item> replies) {
    }

    public static List<Item> threads(Discussion d, List<Contribution> all, Viewer viewer, Posting posting,
                                     ModuleTime time) {
        Map<String, List<Contribution>> children = new LinkedHashMap<>();
        List<Contribution> roots = new ArrayList<>();
        for (Contribution c : all) {
            if (!shown(c, viewer)) {
                continue;
            }
            if (c.parentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        roots.sort(Comparator.comparing(Contribution::id));
        boolean open = d.phase(time.now()) == Discussion.Phase.OPEN;
        return roots.stream().map(c -> item(d, c, children, viewer, posting, time, open)).toList();
    }

    private static boolean shown(Contribution c, Viewer viewer) {
        return switch (c.status()) {
            case PUBLISHED, HIDDEN, WITHDRAWN -> true;
            case PENDING -> viewer.signedIn() && c.author().equals(viewer.login());
            case REJECTED -> false;
        };
    }

    private static Item item(Discussion d, Contribution c, Map<String, List<Contribution>> children, Viewer viewer,
                             Posting posting, ModuleTime time, boolean open) {
        boolean own = viewer.signedIn() && c.author().equals(viewer.login());
        boolean readable = c.status() == ContributionStatus.PUBLISHED || (own && c.status() == ContributionStatus.PENDING);
        String placeholder = switch (c.status()) {
            case HIDDEN -> "Сообщение скрыто модератором" + (c.moderation().isBlank() ? "." : ": " + c.moderation());
            case WITHDRAWN -> "Сообщение отозвано автором.";
            case PENDING -> own ? "Ваше сообщение на модерации: другие увидят его после проверки." : "";
            default -> "";
        };
        List<Item> replies = children.getOrDefault(c.id(), List.of()).stream()
                .map(r -> item(d, r, children, viewer, posting, time, open)).toList();
        String section = c.anchor() == null ? "Документ в целом"
                : d.section(c.anchor()).map(s -> s.title()).orElse("Документ в целом");
        return new Item(c.id(), readable ? c.authorName() : "", c.track().label(), section,
                readable ? c.stance().label() : "", c.stance().id(), readable ? TextFormat.html(c.text()) : "",
                placeholder, c.status().name(), time.format(c.created()),
                c.edited() == null ? "" : time.format(c.edited()), own,
                own && posting.editRefusal(d, c, viewer).isEmpty(),
                open && c.status() == ContributionStatus.PUBLISHED && viewer.signedIn(),
                viewer.signedIn() && !own && c.status() == ContributionStatus.PUBLISHED,
                viewer.moderator() && c.status() == ContributionStatus.PUBLISHED, replies);
    }
}
