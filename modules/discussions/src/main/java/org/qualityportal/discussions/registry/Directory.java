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

    /**
     * Documents that can be put to discussion: the items with a text under {@code /documents}, by title;
     * drafts never published are offered too, marked as such, since a draft may be made public for discussion.
     */
    public List<Option> documents() {
        ContentView live = store.view(Workspace.LIVE);
        List<Option> found = new java.util.ArrayList<>();
        collect(store.view(Workspace.AUTHOR), DOCUMENTS, found);
        return found.stream()
                .map(o -> live.get(o.value()).isPresent() ? o : new Option(o.value(), o.title() + " (черновик)"))
                .sorted(Comparator.comparing(Option::title)).toList();
    }

    /**
     * A document as put to discussion: its published version, or, for a draft made public for discussion,
     * the draft as the editors keep it.
     *
     * @param draft true when the document is not published, so its text is shown on the discussion page
     */
    public record Discussed(Content content, boolean draft) {
        public String title() {
            return content.string("title");
        }
    }

    /** The document at {@code path} with a text, published or draft; empty when there is none. */
    public Optional<Discussed> discussed(String path) {
        Optional<Content> published = store.view(Workspace.LIVE).get(path).filter(c -> c.string("body") != null);
        if (published.isPresent()) {
            return Optional.of(new Discussed(published.get(), false));
        }
        return store.view(Workspace.AUTHOR).get(path).filter(c -> c.string("body") != null)
                .map(c -> new Discussed(c, true));
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

}
