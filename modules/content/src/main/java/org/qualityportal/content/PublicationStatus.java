package org.qualityportal.content;

/** Where an author node stands against the live workspace. */
public enum PublicationStatus {
    /** Not in the live workspace: never published, or unpublished since. */
    NOT_PUBLISHED,
    /** Live matches author. */
    PUBLISHED,
    /** Changed in author since it was last published. */
    MODIFIED
}
