package org.qualityportal.portal.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The search index, under {@code portal.search.*}.
 *
 * @param attachmentMaxSize   attached files larger than this are not read for their text (they are still
 *                            found by their name and the item's own text)
 * @param attachmentMaxChars  at most this much text is taken from one attached file; the rest is left out
 * @param rebuildForeignIndex whether an index that is not known to be in step with this repository (built for
 *                            another one, or before its first build finished) is rebuilt at start; off, it is
 *                            served as it is and follows the live tree from then on (an index fed from
 *                            elsewhere, like the benchmark's synthetic archive)
 */
@ConfigurationProperties("portal.search")
public record SearchProperties(@DefaultValue("50MB") DataSize attachmentMaxSize,
                               @DefaultValue("1000000") int attachmentMaxChars,
                               @DefaultValue("true") boolean rebuildForeignIndex) {
}
