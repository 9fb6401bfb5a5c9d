package org.qualityportal.portal.author;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.PublicationStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** Small things every page of the workspace prints or does the same way. */
public final class Workspaces {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final Map<PublicationStatus, String> STATUS = Map.of(
            PublicationStatus.NOT_PUBLISHED, "Не опубликован",
            PublicationStatus.PUBLISHED, "Опубликован",
            PublicationStatus.MODIFIED, "Изменён после публикации");

    private Workspaces() {
    }

    /** The title an editor knows a node by: its title, or its node name when it has none. */
    public static String title(Content content) {
        String title = content.string("title");
        return title == null || title.isBlank() ? content.name() : title;
    }

    /** {@code 23.11.2026 14:05}, or empty for none. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String statusLabel(PublicationStatus status) {
        return STATUS.get(status);
    }

    /** {@code not-published}, {@code published}, {@code modified}: for styling. */
    public static String statusClass(PublicationStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** After a successful POST: 303, so reloading the next page never posts again. */
    public static RedirectView seeOther(String url) {
        RedirectView view = new RedirectView(url, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return view;
    }
}
