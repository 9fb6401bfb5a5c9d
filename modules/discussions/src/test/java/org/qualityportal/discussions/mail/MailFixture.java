package org.qualityportal.discussions.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.qualityportal.api.Account;
import org.qualityportal.content.ContentStore;
import org.qualityportal.discussions.DiscussionsProperties;
import org.qualityportal.discussions.InMemoryAccounts;
import org.qualityportal.discussions.ModuleTime;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The parts a mail test needs, real except for the accounts (a map stands in for the web application's
 * user store): a notifier on an in-memory Oak and a JavaMail sender pointed at the test's SMTP server.
 */
final class MailFixture {
    static final String BASE_URL = "https://portal.example.ru/";
    static final String FROM = "noreply@portal.example.ru";

    final ContentStore store;
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final MailPreferences preferences;
    final UnsubscribeTokens tokens;
    final Notifier notifier;
    final DigestSender digests;

    MailFixture(ContentStore store, boolean enabled, int smtpPort) {
        this.store = store;
        this.preferences = new MailPreferences(store);
        this.tokens = new UnsubscribeTokens(store);
        DiscussionsProperties defaults = DiscussionsProperties.defaults();
        DiscussionsProperties properties = new DiscussionsProperties(ZoneId.of("Europe/Moscow"),
                defaults.editWindow(), defaults.rateLimit(), defaults.rateWindow(), defaults.trustedAfter(),
                defaults.smallGroup(), defaults.maxLength(), defaults.reminderBefore(),
                new DiscussionsProperties.Mail(enabled, FROM, BASE_URL, "08:00"));
        ModuleTime time = new ModuleTime(java.time.Clock.system(properties.timeZone()));
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender(smtpPort)));
        this.notifier = new Notifier(accounts, preferences, tokens, store, properties, time,
                beans.getBeanProvider(JavaMailSender.class));
        this.digests = new DigestSender(notifier, properties, time);
    }

    /** A sender that gives up quickly on a server that is down, so the outage test does not hang. */
    static JavaMailSender sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.connectiontimeout", String.valueOf(Duration.ofSeconds(5).toMillis()));
        props.put("mail.smtp.timeout", String.valueOf(Duration.ofSeconds(5).toMillis()));
        return sender;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Account person(String login, String name, String email) {
        Account account = new Account(login, name, email, Set.of(Account.PARTICIPANT), true);
        accounts.map.put(login, account);
        return account;
    }

    List<Outbox.Letter> outbox() {
        return notifier.outbox().all();
    }
}
