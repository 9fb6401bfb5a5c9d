package org.qualityportal.discussions.mail;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qualityportal.api.Account;
import org.qualityportal.discussions.DiscussionsProperties;
import org.qualityportal.discussions.ModuleTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Sends the daily digest: one mail per person with everything queued for them since the last one. It
 * registers itself with the application's scheduler (the web application enables scheduling) at
 * {@code portal.discussions.mail.digest-at} in the portal's zone — a cron built from the setting, since
 * an annotation cannot carry a time of day in a configured zone.
 */
@Component
public class DigestSender implements SchedulingConfigurer {
    private static final Logger LOG = LoggerFactory.getLogger(DigestSender.class);

    private final Notifier notifier;
    private final String cron;
    private final ModuleTime time;

    public DigestSender(Notifier notifier, DiscussionsProperties properties, ModuleTime time) {
        this.notifier = notifier;
        this.cron = cron(properties.mail().digestAt());
        this.time = time;
    }

    /**
     * Sends every digest due; returns how many mails went into the outbox. Items of people who have since
     * switched mail off or lost their address are dropped: they asked for no mail.
     */
    public int sendDigests() {
        if (!notifier.enabled()) {
            return 0;
        }
        int mails = 0;
        for (Map.Entry<String, List<DigestQueue.Item>> entry : notifier.digest().byLogin().entrySet()) {
            List<DigestQueue.Item> items = entry.getValue();
            Optional<Account> to = notifier.recipient(entry.getKey());
            if (to.isPresent()) {
                notifier.post(to.get(), subject(items.size()), body(to.get(), items));
                mails++;
            }
            notifier.digest().remove(items);
        }
        if (mails > 0) {
            LOG.info("Daily digest: {} mail(s) sent", mails);
        }
        return mails;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(this::sendDigests, new CronTrigger(cron, time.zone())));
    }

    /** «Дайджест портала: 3 уведомления», with the noun agreeing with the number. */
    static String subject(int count) {
        return "Дайджест портала: " + count + " " + plural(count, "уведомление", "уведомления", "уведомлений");
    }

    private String body(Account to, List<DigestQueue.Item> items) {
        MailText text = notifier.text();
        StringBuilder body = new StringBuilder("Здравствуйте, ").append(to.displayName()).append("!\n\n")
                .append("Новое на портале с прошлого дайджеста:\n");
        for (DigestQueue.Item item : items) {
            body.append("\n* ").append(item.kind().label()).append(": ").append(item.subject()).append('\n');
            if (!item.text().isBlank()) {
                body.append(item.text().strip()).append('\n');
            }
            String url = text.absolute(item.link());
            if (!url.isEmpty()) {
                body.append("Подробнее: ").append(url).append('\n');
            }
        }
        return body.append(text.footer(to.login()).substring(1)).toString();
    }

    /** Spring's six-field cron for the time of day; a bad setting stops the start with a clear message. */
    static String cron(String digestAt) {
        try {
            LocalTime at = LocalTime.parse(digestAt == null ? "" : digestAt.strip());
            return "0 " + at.getMinute() + " " + at.getHour() + " * * *";
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("portal.discussions.mail.digest-at must be a time of day HH:mm, not '"
                    + digestAt + "'", e);
        }
    }

    static String plural(int n, String one, String few, String many) {
        int mod100 = n % 100;
        int mod10 = n % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return many;
        }
        return mod10 == 1 ? one : mod10 >= 2 && mod10 <= 4 ? few : many;
    }
}
