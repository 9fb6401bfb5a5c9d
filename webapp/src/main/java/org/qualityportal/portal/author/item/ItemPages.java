package org.qualityportal.portal.author.item;

import java.util.List;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.portal.author.Workspaces;
import org.qualityportal.portal.author.form.Form;
import org.qualityportal.portal.author.form.LinkChoices;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.rendering.PageRenderer;
import org.springframework.stereotype.Component;

/** The models of the item editor's pages, computed here so the templates only print. */
@Component
public class ItemPages {
    private final ContentStore store;
    private final PageRenderer renderer;

    /** The history page; {@code from} and {@code to} are version numbers or {@code draft}. */
    public record HistoryPage(String path, String title, String typeName, List<Version> versions, String from, String to,
                              String fromLabel, String toLabel, List<VersionComparison.Line> lines) {
    }

    public record Version(int number, String created, String author) {
    }

    ItemPages(ContentStore store, PageRenderer renderer) {
        this.store = store;
        this.renderer = renderer;
    }

    /**
     * The editor of an existing item.
     *
     * @param publicUrl the item's address on the public site while it is published, else null
     * @param previewUrl the draft rendered as the public would see it, when its type has a page template
     */
    public record EditPage(String typeName, String typeLabel, String path, String title, String statusLabel, String statusClass,
                    boolean published, String lastModified, String lastPublished, String publishedBy, String publicUrl,
                    String previewUrl, int versions, Form form) {
    }

    /** The form for a new item: where it goes and under which name, then its fields. */
    public record NewPage(String typeName, String typeLabel, List<LinkChoices.Target> folders, String folder, String name,
                   String placeError, Form form) {
    }

    EditPage edit(ItemEditing.Editable item, Form form) {
        Content content = item.content();
        PublicationStatus status = store.publisher().status(item.path());
        boolean live = status != PublicationStatus.NOT_PUBLISHED;
        return new EditPage(item.type().name(), item.type().label(), item.path(), Workspaces.title(content),
                Workspaces.statusLabel(status), Workspaces.statusClass(status), live,
                Workspaces.dateTime(content.audit().lastModified()), Workspaces.dateTime(content.audit().lastPublished()),
                content.audit().publishedBy(), live ? renderer.site().link(item.path()) : null,
                item.type().template() == null ? null : "/author/preview?path=" + item.path(),
                store.publisher().versions(item.path()).size(), form);
    }

    NewPage create(ContentTypeDefinition type, List<LinkChoices.Target> folders, String folder, String name,
                   String placeError, Form form) {
        return new NewPage(type.name(), type.label(), folders, folder, name, placeError, form);
    }
}
