package org.qualityportal.discussions.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.content.oak.OakContentStore;

/** Unsubscribe tokens and mail preferences on a real in-memory Oak. */
class MailTokensTest {
    private final OakContentStore store = OakContentStore.inMemory();
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(store);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aTokenIsValidForItsLoginOnly() {
        String token = tokens.token("ivanova");

        assertThat(tokens.valid("ivanova", token)).isTrue();
        assertThat(tokens.valid("petrov", token)).as("another login").isFalse();
        assertThat(tokens.valid("ivanova", tokens.token("petrov"))).isFalse();
        assertThat(tokens.valid("ivanova", token.substring(1))).isFalse();
        assertThat(tokens.valid("ivanova", "")).isFalse();
        assertThat(tokens.valid("ivanova", null)).isFalse();
        assertThat(tokens.valid(null, token)).isFalse();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void theSecretIsKeptInTheStoreSoLinksSurviveARestart() {
        String token = tokens.token("ivanova");

        assertThat(new UnsubscribeTokens(store).valid("ivanova", token)).isTrue();
        assertThat(store.records().list(UnsubscribeTokens.KIND)).hasSize(1);
        try (OakContentStore other = OakContentStore.inMemory()) {
            assertThat(new UnsubscribeTokens(other).valid("ivanova", token)).as("another portal's key").isFalse();
        }
    }

    @Test
    void aPreferenceDefaultsToImmediateAndIsUpdatedInPlace() {
        MailPreferences preferences = new MailPreferences(store);
        assertThat(preferences.mode("ivanova")).isEqualTo(MailMode.IMMEDIATE);

        preferences.set("ivanova", MailMode.DIGEST);
        preferences.set("petrov", MailMode.NONE);
        preferences.set("ivanova", MailMode.NONE);

        assertThat(preferences.mode("ivanova")).isEqualTo(MailMode.NONE);
        assertThat(preferences.mode("petrov")).isEqualTo(MailMode.NONE);
        assertThat(store.records().list(MailPreferences.KIND)).hasSize(2);
    }

    @Test
    void onlyTheModesThemselvesParse() {
        assertThat(MailMode.parse("DIGEST")).contains(MailMode.DIGEST);
        assertThat(MailMode.parse("digest")).isEmpty();
        assertThat(MailMode.parse("<script>")).isEmpty();
        assertThat(MailMode.parse(null)).isEmpty();
    }
}
