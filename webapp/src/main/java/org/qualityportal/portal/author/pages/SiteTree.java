package org.qualityportal.portal.author.pages;

import java.util.ArrayList;
import java.util.List;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Publisher;
import org.qualityportal.portal.author.Workspaces;
import org.qualityportal.templating.site.SiteMap;

/**
 * The pages of the site in the author tree, from the home page down, ready to print as a nested
 * list: each with its title, template, publication status and sub-pages.
 */
public record SiteTree(Node root) {

    public record Node(String path, String name, String title, String template, String statusLabel, String statusClass,
                boolean published, List<Node> children) {
    }

    /** A page to pick as a new parent: indented title and path. */
    public record Place(String path, String label) {
    }

    static SiteTree of(ContentView author, Publisher publisher, PageTemplates templates) {
        Content home = author.get(SiteMap.SITE_ROOT).orElseThrow(() -> new IllegalStateException(
                "The site has no home page at " + SiteMap.SITE_ROOT));
        return new SiteTree(node(author, publisher, templates, home));
    }

    private static Node node(ContentView author, Publisher publisher, PageTemplates templates, Content page) {
        List<Node> children = new ArrayList<>();
        for (Content child : author.children(page.path())) {
            if (NodeKind.PAGE.equals(child.kind())) {
                children.add(node(author, publisher, templates, child));
            }
        }
        PublicationStatus status = publisher.status(page.path());
        return new Node(page.path(), page.name(), Workspaces.title(page), templates.title(page.template()),
                Workspaces.statusLabel(status), Workspaces.statusClass(status), status != PublicationStatus.NOT_PUBLISHED,
                children);
    }

    /** Every page, depth first, as places a page may move under; {@code except} and its sub-pages left out. */
    List<Place> places(String except) {
        List<Place> places = new ArrayList<>();
        collect(root, 0, except, places);
        return places;
    }

    private static void collect(Node node, int depth, String except, List<Place> places) {
        if (node.path().equals(except)) {
            return;
        }
        places.add(new Place(node.path(), "— ".repeat(depth) + node.title()));
        node.children().forEach(child -> collect(child, depth + 1, except, places));
    }

    boolean contains(String path) {
        return find(root, path) != null;
    }

    private static Node find(Node node, String path) {
        if (node.path().equals(path)) {
            return node;
        }
        for (Node child : node.children()) {
            Node found = find(child, path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** How many pages lie under the page (all levels). */
    int descendants(String path) {
        Node node = find(root, path);
        return node == null ? 0 : count(node) - 1;
    }

    private static int count(Node node) {
        return 1 + node.children().stream().mapToInt(SiteTree::count).sum();
    }
}
