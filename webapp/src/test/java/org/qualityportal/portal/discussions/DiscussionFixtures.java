package org.qualityportal.portal.discussions;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;

/** What the browser tests of discussions leave in the repository, removed afterwards; mail look-ups. */
final class DiscussionFixtures {
    private DiscussionFixtures() {
    }

    /** Removes the discussions with their contributions, assignments and evaluations, and the logins' registry entries. */
    static void remove(ContentStore store, Collection<String> discussionIds, Collection<String> logins) {
        Records records = store.records();
        for (String id : discussionIds) {
            removeWhere(records, "contribution", r -> id.equals(r.string("discussion")));
            removeWhere(records, "review-assignment", r -> id.equals(r.string("discussionId")));
            removeWhere(records, "review-evaluation", r -> id.equals(r.string("discussionId")));
            records.remove("discussion", id);
        }
        removeWhere(records, "expert", r -> logins.contains(r.string("login")));
    }

    private static void removeWhere(Records records, String kind, Predicate<Records.Record> which) {
        for (Records.Record r : records.list(kind)) {
            if (which.test(r)) {
                records.remove(kind, r.id());
            }
        }
    }

    /** The first mail to {@code email} whose subject starts with {@code subject}, waiting for it up to a deadline. */
    static MimeMessage mailTo(String email, String subject) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> all = Arrays.asList(DiscussionsIntegrationTest.MAIL.getReceivedMessages());
            for (MimeMessage m : all) {
                try {
                    boolean toThem = Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(a -> a.contains(email));
                    if (toThem && m.getSubject() != null && m.getSubject().startsWith(subject)) {
                        return m;
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            DiscussionsIntegrationTest.MAIL.waitForIncomingEmail(500, all.size() + 1);
        }
        throw new AssertionError("No mail to " + email + " with the subject «" + subject + "…»");
    }
}
