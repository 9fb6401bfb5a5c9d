package org.qualityportal.discussions.mail;

import java.util.Optional;

import org.qualityportal.api.Account;
import org.qualityportal.api.Accounts;
import org.qualityportal.content.ContentStore;
import org.qualityportal.discussions.DiscussionsProperties;
import org.qualityportal.discussions.ModuleTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one way the module tells someone something by e-mail. Callers say who, what kind, a Russian
 * subject and text and the portal link it is about; the person's {@link MailMode} decides whether it goes
 * at once, waits for the daily digest or is dropped. With mail switched off (the default) every call is
 * a no-op, so features can notify unconditionally; the startup log says so once, so a missing mail is
 * not a mystery.
 */
@Component
public class Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final Accounts accounts;
    private final MailPreferences preferences;
    private final boolean enabled;
    private final MailText text;
    private final Outbox outbox;
    private final DigestQueue digest;
    private final Postman postman;

    public Notifier(Accounts accounts, MailPreferences preferences, UnsubscribeTokens tokens, ContentStore store,
                    DiscussionsProperties properties, ModuleTime time, ObjectProvider<JavaMailSender> sender) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.enabled = properties.mail().enabled();
        this.text = new MailText(properties.mail().baseUrl(), tokens);
        this.outbox = new Outbox(store.records(), time);
        this.digest = new DigestQueue(store.records());
        this.postman = new Postman(enabled ? sender.getIfAvailable() : null, properties.mail().from(), outbox);
        if (!enabled) {
            LOG.info("E-mail notifications are off (portal.discussions.mail.enabled=false); nothing will be sent");
        } else if (!postman.canSend()) {
            LOG.warn("E-mail notifications are on but no mail server is configured (spring.mail.host); "
                    + "mail waits in the outbox until one is");
        }
    }

    /**
     * Notifies {@code login}: nothing for an account without an e-mail address or with mail switched off;
     * otherwise the mail goes out now (kept in the outbox and retried if the server does not take it) or
     * waits for the digest.
     *
     * @param link a portal path ({@code /discussions/42}) or an absolute URL; may be empty
     */
    public void notify(String login, NotificationKind kind, String subject, String text, String link) {
        if (!enabled) {
            return;
        }
        Optional<Account> to = recipient(login);
        if (to.isEmpty()) {
            return;
        }
        if (preferences.mode(login) == MailMode.DIGEST) {
            digest.add(login, kind, subject, text, link);
        } else {
            post(to.get(), subject, this.text.single(login, text, link));
        }
    }

    /** Tries the outbox again: what failed before, and what waited for a mail server. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    public void retryOutbox() {
        if (!enabled) {
            return;
        }
        outbox.pending().forEach(letter -> postman.deliver(letter.id()));
    }

    boolean enabled() {
        return enabled;
    }

    /** The account to write to: it exists, is enabled, has an address, and has not switched mail off. */
    Optional<Account> recipient(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return accounts.find(login).filter(Account::enabled).filter(a -> !a.email().isBlank())
                .filter(a -> preferences.mode(login) != MailMode.NONE);
    }

    MailText text() {
        return text;
    }

    DigestQueue digest() {
        return digest;
    }

    Outbox outbox() {
        return outbox;
    }

    /** Into the outbox first, then one attempt at once. */
    void post(Account to, String subject, String body) {
        Outbox.Letter letter = outbox.put(to.login(), to.email(), subject, body, text.unsubscribeUrl(to.login()));
        postman.deliver(letter.id());
    }
}
