package org.qualityportal.discussions.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.springframework.stereotype.Component;

/**
 * The choices the registry offers, read from the published content: municipalities (items under
 * {@code /municipalities}) and areas of expertise (the mechanisms under {@code /mechanisms}, by code).
 */
@Component
public class Directory {
    static final String MUNICIPALITIES = "/municipalities";
    static final String MECHANISMS = "/mechanisms";
    static final String DOCUMENTS = "/documents";

    private final ContentStore store;

    public Directory(ContentStore store) {
        this.store = store;
    }

    /** A choice: the stored value and what people read. */
    public record Option(String value, String title) {
    }

    public List<Option> municipalities() {
        ContentView live = store.view(Workspace.LIVE);
        return live.children(MUNICIPALITIES).stream()
                .filter(c -> NodeKind.ITEM.equals(c.kind()) && "municipality".equals(c.contentType()))
                .map(c -> new Option(c.path(), c.string("title")))
                .sorted(Comparator.comparing(Option::title)).toList();
    }

    public List<Option> areas() {
        ContentView live = store.view(Workspace.LIVE);
        return live.children(MECHANISMS).stream().filter(c -> NodeKind.ITEM.equals(c.kind()))
                .filter(c -> c.string("code") != null)
                .map(c -> new Option(c.string("code"), c.string("code") + " " + c.string("title")))
                .sorted(Comparator.comparing(Option::value)).toList();
    }

    public Map<String, String> municipalityTitles() {
        return municipalities().stream().collect(Collectors.toMap(Option::value, Option::title, (a, b) -> a));
    }

    public Map<String, String> areaTitles() {
        return areas().stream().collect(Collectors.toMap(Option::value, Option::title, (a, b) -> a));
    }

    public Optional<String> municipalityTitle(String path) {
        return Optional.ofNullable(municipalityTitles().get(path));
    }

    /** Published documents that can be put to discussion: the items under {@code /documents}, by title. */
    public List<Option> documents() {
        ContentView live = store.view(Workspace.LIVE);
        List<Option> found = new java.util.ArrayList<>();
        collect(live, DOCUMENTS, found);
        found.sort(Comparator.comparing(Option::title));
        return found;
    }

    private static void collect(ContentView view, String path, List<Option> found) {
        for (Content c : view.children(path)) {
            if (NodeKind.ITEM.equals(c.kind()) && c.string("body") != null) {
                found.add(new Option(c.path(), c.string("title")));
            } else if (NodeKind.FOLDER.equals(c.kind()) || NodeKind.PAGE.equals(c.kind())) {
                collect(view, c.path(), found);
            }
        }
    }

    /** The title of a live content node, for documents under discussion. */
    public Optional<Content> live(String path) {
        return store.view(Workspace.LIVE).get(path);
    }
}
