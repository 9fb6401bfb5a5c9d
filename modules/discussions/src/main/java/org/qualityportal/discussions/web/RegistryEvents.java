package org.qualityportal.discussions.web;

import org.qualityportal.discussions.registry.Expert;

/** Told when a moderator decides on a registry entry (the mail part tells the applicant). */
public interface RegistryEvents {

    void decided(Expert expert);
}
