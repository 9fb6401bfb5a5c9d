package org.qualityportal.portal.discussions;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.qualityportal.portal.PortalIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal with the discussions module sending real mail to an in-process SMTP server (GreenMail),
 * started once for all discussion tests (they share this one context).
 */
public abstract class DiscussionsIntegrationTest extends PortalIntegrationTest {
    protected static final GreenMail MAIL;

    static {
        ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        MAIL = new GreenMail(smtp);
        MAIL.start();
        Runtime.getRuntime().addShutdownHook(new Thread(MAIL::stop));
    }

    @DynamicPropertySource
    static void mailProperties(DynamicPropertyRegistry registry) {
        registry.add("portal.test.context", () -> "discussions");
        registry.add("portal.discussions.mail.enabled", () -> "true");
        registry.add("portal.discussions.mail.from", () -> "portal@example.ru");
        registry.add("portal.discussions.mail.base-url", () -> "http://portal.example.ru");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }
}
