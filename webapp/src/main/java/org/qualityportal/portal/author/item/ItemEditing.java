package org.qualityportal.portal.author.item;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.author.form.Form;
import org.qualityportal.portal.author.form.FormValues;
import org.qualityportal.portal.author.form.FormViews;
import org.qualityportal.portal.author.form.LinkChoices;
import org.qualityportal.portal.author.form.TypedValues;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.ContentValidator;
import org.qualityportal.templating.definition.FieldDefinition;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Items of the author tree as editors see them: found by path with their content type (read fresh
 * from the light modules on every request, so a new field shows without restart), validated, and
 * turned into forms.
 */
@Component
public class ItemEditing {
    private static final String LANGUAGE = "ru";

    private final ContentStore store;
    private final LightModuleRegistry registry;

    ItemEditing(ContentStore store, LightModuleRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    /** An item (or asset) and its type; 404 for anything else. */
    record Editable(Content content, ContentTypeDefinition type) {
        String path() {
            return content.path();
        }
    }

    Editable find(String path) {
        if (path == null || !ContentPaths.isValid(path)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Content content = store.view(Workspace.AUTHOR).get(path)
                .filter(c -> NodeKind.ITEM.equals(c.kind()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ContentTypeDefinition type = registry.contentType(content.contentType())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Editable(content, type);
    }

    ContentTypeDefinition type(String name) {
        return registry.contentType(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    NodeData tree(String path) {
        return store.view(Workspace.AUTHOR).tree(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public static List<ContentValidator.Problem> validate(ContentTypeDefinition type, FormValues values) {
        return ContentValidator.validate(type, TypedValues.properties(type.fields(), values),
                name -> type.field(name).map(f -> TypedValues.rows(f, values)).orElse(List.of()));
    }

    public Form form(ContentTypeDefinition type, FormValues values, List<ContentValidator.Problem> problems) {
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            LinkChoices choices = new LinkChoices(author);
            return new FormViews(messages(), type.name(), choices::of).form(type.fields(), values, problems);
        }
    }

    Map<String, String> messages() {
        return registry.messages(LANGUAGE);
    }

    /** The folders of a type's tree (and the tree itself) where a new item may go. */
    List<LinkChoices.Target> folders(ContentTypeDefinition type) {
        FieldDefinition folder = new FieldDefinition("folder", "link", "Папка", true, false, false, List.of(), List.of(),
                Map.of("root", "/" + type.tree()));
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            List<LinkChoices.Target> all = new java.util.ArrayList<>();
            all.add(new LinkChoices.Target("/" + type.tree(), type.label() + ": корневая папка"));
            new LinkChoices(author).of(folder).stream()
                    .filter(t -> isFolder(author, t.path()))
                    .forEach(all::add);
            return all;
        }
    }

    private static boolean isFolder(ContentView view, String path) {
        return view.get(path).map(c -> NodeKind.FOLDER.equals(c.kind())).orElse(false);
    }

    Optional<Content> live(String path) {
        return store.view(Workspace.LIVE).get(path);
    }
}
