package org.qualityportal.discussions.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The plain-text parts every mail shares. Links in mail must be absolute (a mail client has no page to
 * resolve them against), so they are built on the configured public address. Every mail ends with the
 * settings link and a personal unsubscribe link: a reader tired of mail must be able to stop it from
 * the mail itself.
 */
final class MailText {
    private final String baseUrl;
    private final UnsubscribeTokens tokens;

    MailText(String baseUrl, UnsubscribeTokens tokens) {
        String base = baseUrl == null ? "" : baseUrl.strip();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.tokens = tokens;
    }

    /** The link on the public address; empty for none; absolute links are kept as they are. */
    String absolute(String link) {
        if (link == null || link.isBlank()) {
            return "";
        }
        String l = link.strip();
        if (l.startsWith("http://") || l.startsWith("https://")) {
            return l;
        }
        return baseUrl + (l.startsWith("/") ? l : "/" + l);
    }

    String settingsUrl() {
        return baseUrl + "/mail/settings";
    }

    String unsubscribeUrl(String login) {
        return baseUrl + "/mail/unsubscribe?u=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&t=" + tokens.token(login);
    }

    /** One notification: its text, the link to what it is about, the footer. */
    String single(String login, String text, String link) {
        StringBuilder body = new StringBuilder(text == null ? "" : text.strip());
        String url = absolute(link);
        if (!url.isEmpty()) {
            body.append("\n\nПодробнее: ").append(url);
        }
        return body.append(footer(login)).toString();
    }

    String footer(String login) {
        return "\n\n-- \nПисьмо отправлено порталом автоматически, отвечать на него не нужно."
                + "\nНастроить уведомления: " + settingsUrl()
                + "\nОтписаться от всех уведомлений: " + unsubscribeUrl(login) + "\n";
    }
}
