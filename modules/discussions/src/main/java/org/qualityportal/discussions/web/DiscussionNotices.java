package org.qualityportal.discussions.web;

import org.qualityportal.discussions.discussion.Discussion;
import org.qualityportal.discussions.review.Assignment;

/** Told when editors do something participants and experts should hear about (the mail part implements it). */
public interface DiscussionNotices {

    void closed(Discussion d);

    void resultsPublished(Discussion d);

    void assigned(Discussion d, Assignment a);
}
