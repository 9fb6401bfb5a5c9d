package org.qualityportal.discussions.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry of the regional expert registry (an application until approved).
 *
 * @param login            the account it belongs to
 * @param municipality     live path of the municipality ({@code /municipalities/miass})
 * @param areas            mechanism codes of the areas of expertise ({@code 1.1}, {@code 2.3})
 * @param qualification    e.g. the retraining programme «Экспертиза в сфере оценки качества образования»
 * @param qualificationYear year it was completed, or 0
 * @param showContacts     the expert allows the public registry to show the e-mail address
 * @param decisionReason   the moderator's reason for declining or suspending, else empty
 * @param included         date of inclusion in the registry, or null while an applicant
 */
public record Expert(String id, String login, String name, String email, String organisation, String position,
                     String municipality, List<String> areas, String qualification, int qualificationYear,
                     boolean showContacts, ExpertStatus status, String decisionReason, String decidedBy,
                     LocalDate included, Instant applied) {

    public Expert {
        areas = List.copyOf(areas);
    }

    public boolean active() {
        return status == ExpertStatus.ACTIVE;
    }
}
