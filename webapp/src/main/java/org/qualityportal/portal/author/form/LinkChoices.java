package org.qualityportal.portal.author.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.portal.author.Workspaces;
import org.qualityportal.templating.definition.FieldDefinition;

/**
 * What a link or asset field may point to, from the author tree: the field's {@code root} (e.g.
 * {@code root: /mechanisms}) or, without one, every content tree; assets come from {@code /dam}.
 * Labels are titles, indented by depth so folders read as an outline.
 */
public final class LinkChoices {
    /** Content trees a link without a root may point into. */
    private static final List<String> LINK_TREES = List.of("/website", "/documents", "/mechanisms", "/conferences",
            "/practices", "/municipalities", "/news", "/journal");
    /** A form with more choices than this would be unusable; the rest are left out. */
    private static final int LIMIT = 1_000;

    private final ContentView view;

    public LinkChoices(ContentView view) {
        this.view = view;
    }

    /** A place a field may point to. */
    public record Target(String path, String label) {
    }

    public List<Target> of(FieldDefinition field) {
        boolean asset = FieldTypes.ASSET.equals(field.type());
        Object root = field.extra().get("root");
        List<String> roots = root instanceof String r && ContentPaths.isValid(r) ? List.of(r)
                : asset ? List.of("/dam") : LINK_TREES;
        Set<String> kinds = asset ? Set.of(NodeKind.ASSET) : Set.of(NodeKind.PAGE, NodeKind.ITEM, NodeKind.FOLDER);
        List<Target> targets = new ArrayList<>();
        for (String r : roots) {
            walk(r, 0, kinds, targets);
        }
        return targets;
    }

    private void walk(String path, int depth, Set<String> kinds, List<Target> targets) {
        for (Content child : view.children(path)) {
            if (targets.size() >= LIMIT || !child.isUnit()) {
                continue;
            }
            if (kinds.contains(child.kind())) {
                targets.add(new Target(child.path(), "— ".repeat(depth) + Workspaces.title(child)));
            }
            if (!NodeKind.ASSET.equals(child.kind())) {
                walk(child.path(), depth + 1, kinds, targets);
            }
        }
    }

}
