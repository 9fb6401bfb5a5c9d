package org.qualityportal.content;

/**
 * The two views of the repository. Editors write to {@link #AUTHOR}; the public site, feeds and
 * search read only {@link #LIVE}, which changes only by publishing and unpublishing.
 */
public enum Workspace {
    AUTHOR,
    LIVE
}
