package org.qualityportal.discussions.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qualityportal.content.oak.OakContentStore;

/** Notifications through a real SMTP server (GreenMail) and a real in-memory Oak. */
class MailNotifierTest {
    /** A free port rather than the fixed 3025, so parallel builds on one machine do not collide. */
    private static final ServerSetup SMTP = ServerSetupTest.SMTP.port(MailFixture.freePort());
    private static final Pattern UNSUBSCRIBE = Pattern.compile(
            "Отписаться от всех уведомлений: (https://portal\\.example\\.ru/mail/unsubscribe\\?u=([^&\\s]+)&t=(\\S+))");

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(SMTP).withPerMethodLifecycle(true);

    private final OakContentStore store = OakContentStore.inMemory();
    private MailFixture mail;

    @BeforeEach
    void people() {
        mail = new MailFixture(store, true, SMTP.getPort());
        mail.person("ivanova", "Мария Иванова", "ivanova@example.ru");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anImmediateMailArrivesInRussianWithAnAbsoluteLinkAndAWorkingUnsubscribeLink() throws Exception {
        mail.notifier.notify("ivanova", NotificationKind.REPLY, "Ответ на ваше предложение к «Дорожной карте»",
                "Модератор ответил: «Спасибо, учтём в редакции 2.0».", "/discussions/42#c7");

        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Ответ на ваше предложение к «Дорожной карте»");
        assertThat(message.getFrom()).containsExactly(new InternetAddress(MailFixture.FROM));
        assertThat(message.getAllRecipients()).containsExactly(new InternetAddress("ivanova@example.ru"));
        assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        String body = (String) message.getContent();
        assertThat(body).contains("Модератор ответил: «Спасибо, учтём в редакции 2.0».")
                .contains("Подробнее: https://portal.example.ru/discussions/42#c7")
                .contains("Настроить уведомления: https://portal.example.ru/mail/settings");

        Matcher link = UNSUBSCRIBE.matcher(body);
        assertThat(link.find()).as("unsubscribe line in:%n%s", body).isTrue();
        String login = URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);
        assertThat(login).isEqualTo("ivanova");
        assertThat(mail.tokens.valid(login, link.group(3))).isTrue();
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<" + link.group(1) + ">");
        assertThat(mail.outbox()).as("a sent mail leaves the outbox").isEmpty();
    }

    @Test
    void aLoginWithUnusualCharactersGetsAnUnsubscribeLinkThatStillWorks() throws Exception {
        mail.person("o'neil+test", "", "oneil@example.ru");

        mail.notifier.notify("o'neil+test", NotificationKind.REVIEW_ASSIGNED, "Вам назначена экспертиза", "", "");

        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        Matcher link = UNSUBSCRIBE.matcher((String) greenMail.getReceivedMessages()[0].getContent());
        assertThat(link.find()).isTrue();
        String login = URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);
        assertThat(login).isEqualTo("o'neil+test");
        assertThat(mail.tokens.valid(login, link.group(3))).isTrue();
    }

    @Test
    void noneNoAddressDisabledAccountAndUnknownLoginGetNothing() throws Exception {
        mail.person("petrov", "Пётр Петров", "petrov@example.ru");
        mail.preferences.set("petrov", MailMode.NONE);
        mail.person("sidorov", "Сидор Сидоров", "");
        mail.accounts.map.put("blocked", new org.qualityportal.api.Account("blocked", "", "blocked@example.ru",
                java.util.Set.of(), false));

        for (String login : new String[] {"petrov", "sidorov", "blocked", "nobody"}) {
            mail.notifier.notify(login, NotificationKind.DISCUSSION_CLOSED, "Обсуждение завершено", "Итоги скоро.", "/d/1");
        }
        mail.notifier.notify("ivanova", NotificationKind.DISCUSSION_CLOSED, "Обсуждение завершено", "Итоги скоро.", "/d/1");

        // sending is synchronous: once Ivanova's mail is in, any other mail would be in too
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactly("ivanova@example.ru");
        assertThat(mail.outbox()).isEmpty();
        assertThat(mail.notifier.digest().size()).isZero();
    }

    @Test
    void withMailSwitchedOffNothingIsSentOrStored() {
        MailFixture off = new MailFixture(store, false, SMTP.getPort());
        off.person("ivanova", "Мария Иванова", "ivanova@example.ru");
        off.preferences.set("ivanova", MailMode.IMMEDIATE);

        off.notifier.notify("ivanova", NotificationKind.RESULTS_PUBLISHED, "Итоги опубликованы", "Смотрите итоги.", "/r");
        off.notifier.retryOutbox();
        assertThat(off.digests.sendDigests()).isZero();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(off.outbox()).isEmpty();
        assertThat(off.notifier.digest().size()).isZero();
    }

    @Test
    void aMailThatCouldNotBeSentStaysInTheOutboxAndGoesOutOnRetryOnceTheServerIsUp() throws Exception {
        greenMail.stop();

        mail.notifier.notify("ivanova", NotificationKind.APPLICATION_DECIDED, "Ваша заявка эксперта одобрена",
                "Добро пожаловать в реестр экспертов.", "/experts/me");
        mail.notifier.retryOutbox();

        assertThat(mail.outbox()).singleElement().satisfies(letter -> {
            assertThat(letter.attempts()).isEqualTo(2);
            assertThat(letter.gaveUp()).isFalse();
            assertThat(letter.subject()).isEqualTo("Ваша заявка эксперта одобрена");
        });

        greenMail.start();
        mail.notifier.retryOutbox();

        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Ваша заявка эксперта одобрена");
        assertThat((String) message.getContent()).contains("https://portal.example.ru/experts/me");
        assertThat(mail.outbox()).isEmpty();
    }

    @Test
    void afterTenFailedAttemptsAMailIsGivenUpButKept() throws Exception {
        greenMail.stop();

        mail.notifier.notify("ivanova", NotificationKind.REVIEW_DEADLINE, "Срок экспертизы истекает", "Осталось 2 дня.", "");
        for (int i = 1; i < Outbox.MAX_ATTEMPTS + 2; i++) {
            mail.notifier.retryOutbox();
        }

        assertThat(mail.outbox()).singleElement().satisfies(letter -> {
            assertThat(letter.attempts()).isEqualTo(Outbox.MAX_ATTEMPTS);
            assertThat(letter.gaveUp()).isTrue();
            assertThat(letter.lastError()).isNotBlank();
        });
        greenMail.start();
        mail.notifier.retryOutbox();
        assertThat(greenMail.getReceivedMessages()).as("a given-up mail is not retried").isEmpty();
    }
}
