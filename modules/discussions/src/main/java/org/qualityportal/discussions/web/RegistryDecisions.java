package org.qualityportal.discussions.web;

import org.qualityportal.api.AuditTrail;
import org.qualityportal.discussions.registry.Expert;
import org.qualityportal.discussions.registry.ExpertRegistry;
import org.qualityportal.discussions.registry.ExpertStatus;
import org.springframework.stereotype.Component;

/** A moderator's decision on a registry entry, checked against its status, audited and announced. */
@Component
public class RegistryDecisions {
    private final ExpertRegistry registry;
    private final AuditTrail audit;
    private final RegistryEvents events;

    RegistryDecisions(ExpertRegistry registry, AuditTrail audit, RegistryEvents events) {
        this.registry = registry;
        this.audit = audit;
        this.events = events;
    }

    /** Carries out {@code action} (approve, decline, suspend, reinstate); false when it does not apply now. */
    public boolean decide(Expert e, String action, String reason, String moderator) {
        ExpertStatus s = e.status();
        Expert after;
        String label;
        switch (action) {
            case "approve" -> {
                if (s != ExpertStatus.APPLICANT) {
                    return false;
                }
                after = registry.approve(e.id(), moderator);
                label = "Эксперт включён в реестр";
            }
            case "decline" -> {
                if (s != ExpertStatus.APPLICANT) {
                    return false;
                }
                after = registry.decline(e.id(), reason, moderator);
                label = "Заявка в реестр отклонена";
            }
            case "suspend" -> {
                if (s != ExpertStatus.ACTIVE) {
                    return false;
                }
                after = registry.suspend(e.id(), reason, moderator);
                label = "Статус эксперта приостановлен";
            }
            case "reinstate" -> {
                if (s != ExpertStatus.SUSPENDED) {
                    return false;
                }
                after = registry.reinstate(e.id(), moderator);
                label = "Статус эксперта восстановлен";
            }
            default -> {
                return false;
            }
        }
        audit.record(moderator, "EXPERT_" + action.toUpperCase(java.util.Locale.ROOT), label, "/experts/" + e.id(),
                e.name() + (reason.isEmpty() ? "" : ": " + reason));
        events.decided(after);
        return true;
    }
}
