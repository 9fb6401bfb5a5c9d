package org.qualityportal.discussions.mail;

import java.util.LinkedHashSet;
import java.util.Set;

import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.discussion.Contribution;
import org.qualityportal.discussions.discussion.Contributions;
import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.discussion.DiscussionEvents;
import org.qualityportal.discussions.registry.Expert;
import org.qualityportal.discussions.review.Assignment;
import org.qualityportal.discussions.review.Reviews;
import org.qualityportal.discussions.web.DiscussionNotices;
import org.qualityportal.discussions.web.RegistryEvents;
import org.springframework.stereotype.Component;

/** Turns what happens in discussions, the registry and reviews into notifications for the people concerned. */
@Component
class MailEvents implements DiscussionEvents, RegistryEvents, DiscussionNotices {
    private final Notifier notifier;
    private final Contributions contributions;
    private final Reviews reviews;
    private final ModuleTime time;

    MailEvents(Notifier notifier, Contributions contributions, Reviews reviews, ModuleTime time) {
        this.notifier = notifier;
        this.contributions = contributions;
        this.reviews = reviews;
        this.time = time;
    }

    @Override
    public void published(Discussion d, Contribution c) {
        if (c.parentId() == null) {
            return;
        }
        contributions.find(c.parentId()).filter(parent -> !parent.author().equals(c.author())).ifPresent(parent ->
                notifier.notify(parent.author(), NotificationKind.REPLY,
                        "Ответ на ваше сообщение: «" + d.title() + "»",
                        c.authorName() + " ответил(а) на ваше сообщение в обсуждении «" + d.title() + "».",
                        "/discussions/" + d.id() + "#c-" + c.id()));
    }

    @Override
    public void decided(Expert e) {
        String text = switch (e.status()) {
            case ACTIVE -> "Вы включены в региональный реестр экспертов в сфере оценки качества образования.";
            case DECLINED -> "Ваша заявка в реестр экспертов отклонена. Причина: " + e.decisionReason();
            case SUSPENDED -> "Ваш статус эксперта приостановлен. Причина: " + e.decisionReason();
            default -> "Статус вашей записи в реестре экспертов: " + e.status().label() + ".";
        };
        notifier.notify(e.login(), NotificationKind.APPLICATION_DECIDED, "Реестр экспертов: " + e.status().label(),
                text, "/experts/apply");
    }

    @Override
    public void closed(Discussion d) {
        for (String login : participants(d)) {
            notifier.notify(login, NotificationKind.DISCUSSION_CLOSED, "Обсуждение завершено: «" + d.title() + "»",
                    "Обсуждение «" + d.title() + "» завершено. Итоги будут опубликованы после рассмотрения предложений.",
                    "/discussions/" + d.id());
        }
    }

    @Override
    public void resultsPublished(Discussion d) {
        Set<String> people = participants(d);
        reviews.assignments(d.id()).forEach(a -> people.add(a.expert()));
        for (String login : people) {
            notifier.notify(login, NotificationKind.RESULTS_PUBLISHED, "Итоги обсуждения: «" + d.title() + "»",
                    "Опубликованы итоги обсуждения «" + d.title() + "»: решения по предложениям и сводка экспертной оценки.",
                    "/discussions/" + d.id() + "/results");
        }
    }

    @Override
    public void assigned(Discussion d, Assignment a) {
        notifier.notify(a.expert(), NotificationKind.REVIEW_ASSIGNED, "Назначена экспертиза: «" + d.title() + "»",
                "Вас назначили экспертом по документу «" + d.title() + "». Срок оценки: " + time.format(a.due())
                        + ". Если у вас есть конфликт интересов, заявите о нём на странице экспертизы.",
                "/discussions/" + d.id() + "/review");
    }

    private Set<String> participants(Discussion d) {
        Set<String> people = new LinkedHashSet<>();
        contributions.of(d.id()).forEach(c -> people.add(c.author()));
        return people;
    }
}
