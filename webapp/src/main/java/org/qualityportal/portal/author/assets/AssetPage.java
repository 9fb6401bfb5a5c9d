package org.qualityportal.portal.author.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.PublicationStatus;

/**
 * One asset ready to print: its file, status, where it is used, and the form of its fields.
 *
 * @param publicUrl the download address on the public site, when published
 * @param folderHref the list of the folder it is in
 */
public record AssetPage(List<FolderPage.Crumb> crumbs, String path, String title, String fileName, String type, String size, String status,
                        String statusLabel, String publicUrl, String folderHref, List<AssetUsages.Usage> usages,
                        List<MetadataForm.Field> fields, int errorCount, String replaceError) {

    static AssetPage of(ContentView author, Content asset, PublicationStatus status, List<AssetUsages.Usage> usages, List<MetadataForm.Field> fields,
                        int errorCount, String replaceError) {
        BinaryValue file = AssetLibrary.file(asset).orElse(null);
        List<FolderPage.Crumb> crumbs = new ArrayList<>(FolderPage.crumbs(author, ContentPaths.parent(asset.path())));
        crumbs.add(new FolderPage.Crumb(FolderPage.title(asset), FolderPage.assetHref(asset.path())));
        return new AssetPage(crumbs, asset.path(), FolderPage.title(asset), file == null ? "—" : file.fileName(),
                file == null ? "—" : FileTypes.label(file.mimeType()), file == null ? "—" : Sizes.format(file.size()),
                status.name().toLowerCase(Locale.ROOT).replace('_', '-'), FolderPage.STATUS.get(status),
                status == PublicationStatus.NOT_PUBLISHED ? null : asset.path(),
                FolderPage.folderHref(ContentPaths.parent(asset.path())), usages, fields, errorCount,
                replaceError == null ? "" : replaceError);
    }

    public boolean used() {
        return !usages.isEmpty();
    }

    public boolean published() {
        return publicUrl != null;
    }
}
