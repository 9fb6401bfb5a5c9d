package org.qualityportal.portal.schedule;

import java.util.Optional;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentView;

/** What may be scheduled: a page, item, asset or folder of the author tree, never an account. */
final class ScheduleTargets {
    private static final String ACCOUNTS = "users";

    private ScheduleTargets() {
    }

    /** Why {@code path} cannot be published or unpublished now (Russian), or empty when it can. */
    static Optional<String> problem(ContentView author, String path) {
        Optional<Content> node = ContentPaths.isValid(path) ? author.get(path) : Optional.empty();
        if (node.isEmpty()) {
            return Optional.of("Материал «" + path + "» не найден: он удалён, перемещён или путь указан неверно.");
        }
        if (!node.get().isUnit() || ACCOUNTS.equals(ContentPaths.tree(path)) || ContentPaths.depth(path) < 2) {
            return Optional.of("«" + path + "» нельзя публиковать: это не страница, не материал и не файл.");
        }
        return Optional.empty();
    }

    /** The title of the node at {@code path}, its name when it has none, or empty when it is gone. */
    static String title(ContentView author, String path) {
        return (ContentPaths.isValid(path) ? author.get(path) : Optional.<Content>empty())
                .map(c -> c.string("title") == null || c.string("title").isBlank() ? c.name() : c.string("title"))
                .orElse("");
    }
}
