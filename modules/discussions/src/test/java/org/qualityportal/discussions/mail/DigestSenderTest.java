package org.qualityportal.discussions.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qualityportal.content.oak.OakContentStore;

/** The daily digest through a real SMTP server: one mail per person, then the queue is empty. */
class DigestSenderTest {
    private static final ServerSetup SMTP = ServerSetupTest.SMTP.port(MailFixture.freePort());

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(SMTP).withPerMethodLifecycle(true);

    private final OakContentStore store = OakContentStore.inMemory();
    private MailFixture mail;

    @BeforeEach
    void people() {
        mail = new MailFixture(store, true, SMTP.getPort());
        mail.person("ivanova", "Мария Иванова", "ivanova@example.ru");
        mail.person("petrov", "Пётр Петров", "petrov@example.ru");
        mail.preferences.set("ivanova", MailMode.DIGEST);
        mail.preferences.set("petrov", MailMode.DIGEST);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void severalNotificationsOfADayMakeOneMailPerPerson() throws Exception {
        mail.notifier.notify("ivanova", NotificationKind.REPLY, "Ответ на ваше предложение", "Учтём.", "/d/1#c1");
        mail.notifier.notify("ivanova", NotificationKind.DISCUSSION_CLOSED, "Обсуждение «Карта» завершено", "", "/d/1");
        mail.notifier.notify("ivanova", NotificationKind.RESULTS_PUBLISHED, "Итоги «Карты»", "Смотрите итоги.", "/d/1/results");
        mail.notifier.notify("petrov", NotificationKind.REVIEW_ASSIGNED, "Вам назначена экспертиза", "", "/review/5");
        assertThat(greenMail.getReceivedMessages()).as("digest mode holds mail back").isEmpty();

        assertThat(mail.digests.sendDigests()).isEqualTo(2);

        assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage ivanova = greenMail.getReceivedMessagesForDomain("ivanova@example.ru")[0];
        assertThat(ivanova.getSubject()).isEqualTo("Дайджест портала: 3 уведомления");
        String body = (String) ivanova.getContent();
        assertThat(body).startsWith("Здравствуйте, Мария Иванова!")
                .contains("* Ответ на ваше предложение: Ответ на ваше предложение\nУчтём.\n"
                        + "Подробнее: https://portal.example.ru/d/1#c1")
                .contains("* Обсуждение завершено: Обсуждение «Карта» завершено")
                .contains("* Опубликованы итоги обсуждения: Итоги «Карты»")
                .contains("https://portal.example.ru/mail/unsubscribe?u=ivanova&t=" + mail.tokens.token("ivanova"));
        assertThat(body.indexOf("Ответ на ваше")).as("items in the order they came").isLessThan(body.indexOf("Итоги «Карты»"));
        assertThat(greenMail.getReceivedMessagesForDomain("petrov@example.ru")[0].getSubject())
                .isEqualTo("Дайджест портала: 1 уведомление");

        assertThat(mail.notifier.digest().size()).isZero();
        assertThat(mail.digests.sendDigests()).as("nothing is sent twice").isZero();
        assertThat(mail.outbox()).isEmpty();
    }

    @Test
    void queuedItemsOfSomeoneWhoSwitchedMailOffAreDropped() {
        mail.notifier.notify("petrov", NotificationKind.REPLY, "Ответ", "Текст", "/d/1");
        mail.preferences.set("petrov", MailMode.NONE);

        assertThat(mail.digests.sendDigests()).isZero();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(mail.notifier.digest().size()).isZero();
    }

    @Test
    void theSubjectAgreesWithTheNumber() {
        assertThat(DigestSender.subject(1)).isEqualTo("Дайджест портала: 1 уведомление");
        assertThat(DigestSender.subject(2)).isEqualTo("Дайджест портала: 2 уведомления");
        assertThat(DigestSender.subject(5)).isEqualTo("Дайджест портала: 5 уведомлений");
        assertThat(DigestSender.subject(11)).isEqualTo("Дайджест портала: 11 уведомлений");
        assertThat(DigestSender.subject(21)).isEqualTo("Дайджест портала: 21 уведомление");
        assertThat(DigestSender.subject(104)).isEqualTo("Дайджест портала: 104 уведомления");
    }

    @Test
    void theDigestTimeBecomesADailyCron() {
        assertThat(DigestSender.cron("08:00")).isEqualTo("0 0 8 * * *");
        assertThat(DigestSender.cron("19:45")).isEqualTo("0 45 19 * * *");
        assertThatThrownBy(() -> DigestSender.cron("8 утра")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("digest-at");
    }
}
