package org.qualityportal.discussions.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityportal.discussions.DiscussionFixture;
import org.qualityportal.discussions.RecordingAudit;
import org.qualityportal.discussions.registry.Expert;
import org.qualityportal.discussions.registry.ExpertStatus;

/** A moderator's decision is taken only from the right status, audited, and announced once. */
class RegistryDecisionsTest {
    private final DiscussionFixture f = new DiscussionFixture();
    private final RegistryDecisions decisions = new RegistryDecisions(f.registry, f.audit, f.events);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void eachDecisionAppliesFromItsStatusOnly() {
        Expert e = f.applicant("ivanova");
        assertThat(decisions.decide(e, "suspend", "Причина", "moder1")).isFalse();
        assertThat(decisions.decide(e, "reinstate", "", "moder1")).isFalse();
        assertThat(decisions.decide(e, "promote", "", "moder1")).isFalse();
        assertThat(decisions.decide(e, "approve", "", "moder1")).isTrue();

        Expert active = f.registry.byId(e.id()).orElseThrow();
        assertThat(decisions.decide(active, "approve", "", "moder1")).isFalse();
        assertThat(decisions.decide(active, "decline", "Поздно", "moder1")).isFalse();
        assertThat(decisions.decide(active, "suspend", "Конфликт интересов", "moder2")).isTrue();
        assertThat(decisions.decide(f.registry.byId(e.id()).orElseThrow(), "reinstate", "", "moder1")).isTrue();

        assertThat(f.events.decided).extracting(Expert::status)
                .containsExactly(ExpertStatus.ACTIVE, ExpertStatus.SUSPENDED, ExpertStatus.ACTIVE);
        assertThat(f.audit.entries).containsExactly(
                new RecordingAudit.Entry("moder1", "EXPERT_APPROVE", "Эксперт включён в реестр", "/experts/" + e.id(),
                        "Имя ivanova"),
                new RecordingAudit.Entry("moder2", "EXPERT_SUSPEND", "Статус эксперта приостановлен",
                        "/experts/" + e.id(), "Имя ivanova: Конфликт интересов"),
                new RecordingAudit.Entry("moder1", "EXPERT_REINSTATE", "Статус эксперта восстановлен",
                        "/experts/" + e.id(), "Имя ivanova"));
    }

    @Test
    void aDeclineCarriesItsReasonToTheApplicant() {
        Expert e = f.applicant("ivanova");
        assertThat(decisions.decide(e, "decline", "Нет подтверждения квалификации", "moder1")).isTrue();
        assertThat(f.events.decided).singleElement().satisfies(after -> {
            assertThat(after.status()).isEqualTo(ExpertStatus.DECLINED);
            assertThat(after.decisionReason()).isEqualTo("Нет подтверждения квалификации");
        });
        assertThat(f.audit.last().action()).isEqualTo("EXPERT_DECLINE");
    }
}
