package org.qualityportal.portal.author.item;

import org.qualityportal.content.Content;

/** The title an editor knows an item by: its title, or its node name when it has none. */
final class ItemTitles {
    private ItemTitles() {
    }

    static String of(Content content) {
        String title = content.string("title");
        return title == null || title.isBlank() ? content.name() : title;
    }
}
