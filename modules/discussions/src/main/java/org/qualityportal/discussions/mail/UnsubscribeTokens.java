package org.qualityportal.discussions.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Records;
import org.springframework.stereotype.Component;

/**
 * The token in a mail's unsubscribe link: HMAC-SHA256 of the login. It lets a reader switch their mail
 * off without signing in (mail clients and the law expect that) while nobody can unsubscribe someone
 * else by editing the login in the link. The key is generated on first use and kept in the repository
 * (kind {@code mail-secret}), so links stay valid across restarts and on every node sharing the store;
 * it never leaves the server.
 */
@Component
public class UnsubscribeTokens {
    static final String KIND = "mail-secret";
    private static final String ALGORITHM = "HmacSHA256";

    private final Records records;
    private volatile byte[] secret;

    public UnsubscribeTokens(ContentStore store) {
        this.records = store.records();
    }

    /** The URL-safe token for the login. */
    public String token(String login) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(login));
    }

    /** Whether the token is the login's; compared in constant time so timing reveals nothing about it. */
    public boolean valid(String login, String token) {
        if (login == null || login.isBlank() || token == null || token.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(token(login).getBytes(StandardCharsets.US_ASCII),
                token.strip().getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(String login) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret(), ALGORITHM));
            return mac.doFinal(login.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * The stored key, created when there is none. If two nodes create one at the same moment, both
     * settle on the oldest record, so every node signs with the same key from then on.
     */
    private byte[] secret() {
        byte[] known = secret;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (secret == null) {
                if (records.list(KIND).isEmpty()) {
                    byte[] fresh = new byte[32];
                    new SecureRandom().nextBytes(fresh);
                    records.append(KIND, Map.of("key", Base64.getEncoder().encodeToString(fresh)));
                }
                List<Records.Record> all = records.list(KIND);
                secret = Base64.getDecoder().decode(all.get(all.size() - 1).string("key"));
            }
            return secret;
        }
    }
}
