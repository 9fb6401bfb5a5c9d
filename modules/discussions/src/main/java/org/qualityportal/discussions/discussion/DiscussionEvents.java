package org.qualityportal.discussions.discussion;

/**
 * What the discussion parts tell the rest of the module (notifications) when something people care
 * about happens. Implemented by the mail part; kept as an interface so posting does not depend on mail.
 */
public interface DiscussionEvents {

    /** A contribution became visible (posted by a trusted author, or approved by a moderator). */
    void published(Discussion d, Contribution c);
}
