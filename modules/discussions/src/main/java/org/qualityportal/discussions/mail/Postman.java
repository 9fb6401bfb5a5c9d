package org.qualityportal.discussions.mail;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Hands letters of the {@link Outbox} to the mail server: plain text in UTF-8, from the portal's address,
 * with a {@code List-Unsubscribe} header so mail clients can offer their own "unsubscribe" button. A
 * letter leaves the outbox only once the server has taken it.
 */
final class Postman {
    private static final Logger LOG = LoggerFactory.getLogger(Postman.class);

    private final JavaMailSender sender;
    private final String from;
    private final Outbox outbox;
    /** Letters being sent right now: the retry run and a request thread must not send the same one twice. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /** {@code sender} may be null (no mail server configured): letters then wait in the outbox. */
    Postman(JavaMailSender sender, String from, Outbox outbox) {
        this.sender = sender;
        this.from = from;
        this.outbox = outbox;
    }

    boolean canSend() {
        return sender != null;
    }

    /** Tries once; returns whether the letter went out. */
    boolean deliver(String letterId) {
        if (sender == null || !inFlight.add(letterId)) {
            return false;
        }
        try {
            // read again under the claim: another thread may have sent it in the meantime
            return outbox.get(letterId).filter(l -> !l.gaveUp()).map(this::attempt).orElse(false);
        } finally {
            inFlight.remove(letterId);
        }
    }

    private boolean attempt(Outbox.Letter letter) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(letter.to());
            helper.setSubject(letter.subject());
            helper.setText(letter.body(), false);
            message.setHeader("List-Unsubscribe", "<" + letter.unsubscribe() + ">");
            sender.send(message);
        } catch (Exception e) {
            String reason = reason(e);
            Outbox.Letter now = outbox.failed(letter, reason);
            if (now.gaveUp()) {
                LOG.error("Gave up on mail {} to {} ({}) after {} attempts; it stays in the outbox: {}", letter.id(),
                        letter.login(), letter.subject(), now.attempts(), reason);
            } else {
                LOG.warn("Mail {} to {} not sent (attempt {} of {}), will retry: {}", letter.id(), letter.login(),
                        now.attempts(), Outbox.MAX_ATTEMPTS, reason);
            }
            return false;
        }
        outbox.sent(letter);
        return true;
    }

    /** The innermost cause, on one line: "Connection refused" says more than JavaMail's nested report. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
